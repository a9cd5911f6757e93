package org.icpworkbench.gui.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.icpworkbench.gui.common.Cells;
import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.project.Product;

/**
 * The dialog that adds or edits one customer account. Problems are marked next to their field as the user types
 * and listed under the form; Save stays disabled while there are any.
 */
public final class CustomerEditView implements org.icpworkbench.gui.common.ModalView {

    private final CustomerEditViewModel viewModel;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();

    public CustomerEditView(CustomerEditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Shows the dialog; true when the user saved. */
    @Override
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner,
                messages.get(viewModel.isNew() ? "customers.edit.title.add" : "customers.edit.title.edit"),
                viewModel.isNew() ? messages.get("customers.edit.header.add")
                        : viewModel.original().orElseThrow().data().name());
        dialog.getDialogPane().setContent(form());
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(viewModel.valid().not());
        dialog.getDialogPane().lookupButton(save).setId("customerSave");
        dialog.setOnShown(event -> Platform.runLater(() -> dialog.getDialogPane().lookup("#customerName").requestFocus()));
        return dialog.showAndWait().filter(save::equals).isPresent();
    }

    private GridPane form() {
        TextField name = text("customerName", viewModel.nameProperty(), "name");
        ComboBox<String> segment = editableCombo("customerSegment", viewModel.segments(), viewModel.segmentProperty(), "segment");
        TextField industry = text("customerIndustry", viewModel.industryProperty(), "industry");
        ComboBox<String> size = editableCombo("customerSizeBand",
                FXCollections.observableArrayList(viewModel.sizeBandLabels()), viewModel.sizeBandProperty(), "sizeBand");
        size.setPromptText(messages.get("customers.edit.sizeBand.prompt"));
        TextField region = text("customerRegion", viewModel.regionProperty(), "region");

        ComboBox<CustomerStatus> status = new ComboBox<>(viewModel.statuses());
        status.setId("customerStatus");
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        status.setCellFactory(list -> Cells.text(viewModel::statusName));
        status.setButtonCell(Cells.text(viewModel::statusName));
        status.setMaxWidth(Double.MAX_VALUE);
        validate(status, "status");
        DatePicker firstPurchase = date("customerFirstPurchase", viewModel.firstPurchaseProperty(), "firstPurchase");
        DatePicker churnDate = date("customerChurnDate", viewModel.churnDateProperty(), "churnDate");
        churnDate.disableProperty().bind(viewModel.churned().not());

        TextField revenue = number("customerRevenue", viewModel.annualRevenueProperty(), "annualRevenue");
        TextField margin = number("customerMargin", viewModel.grossMarginProperty(), "grossMarginPercent");
        margin.setPromptText(messages.get("customers.edit.margin.prompt"));
        TextField cost = number("customerCostToServe", viewModel.costToServeProperty(), "costToServe");
        cost.setPromptText(messages.get("customers.edit.costToServe.prompt"));
        TextField purchases = number("customerPurchases", viewModel.purchasesProperty(), "purchases");
        TextField nps = number("customerNps", viewModel.npsProperty(), "nps");
        nps.setPromptText("0–10");

        TextArea notes = new TextArea();
        notes.setId("customerNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());

        Label problems = new Label();
        problems.setId("customerProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        problems.textProperty().bind(viewModel.problems().map(found -> String.join("\n", found.values())));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        viewModel.problems().addListener((observable, old, now) -> validation.revalidate());

        GridPane grid = new GridPane(12, 8);
        grid.setPadding(new Insets(16));
        ColumnConstraints fieldColumn = new ColumnConstraints(200, 240, Double.MAX_VALUE);
        fieldColumn.setHgrow(Priority.ALWAYS);
        ColumnConstraints secondField = new ColumnConstraints(200, 240, Double.MAX_VALUE);
        secondField.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fieldColumn, new ColumnConstraints(), secondField);
        int row = 0;
        grid.add(label("name", name), 0, row);
        grid.add(name, 1, row++, 3, 1);
        pair(grid, row++, label("segment", segment), segment, label("industry", industry), industry);
        pair(grid, row++, label("sizeBand", size), size, label("region", region), region);
        pair(grid, row++, label("status", status), status, label("churnDate", churnDate), churnDate);
        pair(grid, row++, label("firstPurchase", firstPurchase), firstPurchase, label("purchases", purchases), purchases);
        pair(grid, row++, label("revenue", revenue), revenue, label("nps", nps), nps);
        pair(grid, row++, label("margin", margin), margin, label("costToServe", cost), cost);
        grid.add(label("products", null), 0, row);
        grid.add(products(), 1, row++, 3, 1);
        grid.add(label("notes", notes), 0, row);
        grid.add(notes, 1, row++, 3, 1);
        grid.add(problems, 0, row, 4, 1);
        return grid;
    }

    private Node products() {
        if (viewModel.products().isEmpty()) {
            Label none = new Label(messages.get("customers.edit.noProducts"));
            none.setId("customerProducts");
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            return none;
        }
        CheckListView<Product> list = new CheckListView<>(viewModel.products());
        list.setId("customerProducts");
        list.setPrefHeight(Math.min(6, viewModel.products().size()) * 28 + 6);
        StringConverter<Product> names = Cells.converter(Product::name);
        list.setCellFactory(view -> new CheckBoxListCell<>(list::getItemBooleanProperty, names));
        Set<Long> chosen = Set.copyOf(viewModel.productIds());
        viewModel.products().stream().filter(product -> chosen.contains(product.id())).forEach(list.getCheckModel()::check);
        Set<Long> known = viewModel.products().stream().map(Product::id).collect(Collectors.toSet());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<Product>) change -> {
            List<Long> ids = new ArrayList<>(viewModel.productIds().stream().filter(id -> !known.contains(id)).toList());
            viewModel.products().stream().filter(list.getCheckModel()::isChecked).map(Product::id).forEach(ids::add);
            viewModel.productIds().setAll(ids);
        });
        return list;
    }

    private static void pair(GridPane grid, int row, Label firstLabel, Control first, Label secondLabel, Control second) {
        grid.addRow(row, firstLabel, first, secondLabel, second);
        first.setMaxWidth(Double.MAX_VALUE);
        second.setMaxWidth(Double.MAX_VALUE);
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get("customers.edit." + key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private TextField text(String id, StringProperty property, String field) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(property);
        validate(text, field);
        return text;
    }

    private TextField number(String id, StringProperty property, String field) {
        TextField number = text(id, property, field);
        number.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return number;
    }

    /** A combo that offers {@code items} and accepts any text, which is what the view model holds. */
    private ComboBox<String> editableCombo(String id, javafx.collections.ObservableList<String> items,
                                           StringProperty property, String field) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setEditable(true);
        combo.setValue(property.get());
        combo.getEditor().setText(property.get());
        combo.getEditor().textProperty().bindBidirectional(property);
        combo.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !chosen.equals(property.get())) {
                property.set(chosen);
            }
        });
        validate(combo, field);
        return combo;
    }

    /**
     * A date picker that reads and writes dates as the view model does; what is typed goes to the view model at
     * once, so a wrong date is marked before the field is left.
     */
    private DatePicker date(String id, StringProperty property, String field) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(viewModel.datePattern());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate date) {
                return viewModel.formatDate(date);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return viewModel.parseDate(text).orElse(null);
            }
        });
        picker.setValue(viewModel.parseDate(property.get()).orElse(null));
        picker.getEditor().setText(property.get());
        picker.getEditor().textProperty().addListener((observable, old, typed) -> property.set(typed));
        picker.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !viewModel.parseDate(property.get()).map(chosen::equals).orElse(false)) {
                picker.getEditor().setText(viewModel.formatDate(chosen));
            }
        });
        validate(picker, field);
        return picker;
    }

    private void validate(Control control, String field) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            Map<String, String> problems = viewModel.problems().get();
            return ValidationResult.fromErrorIf(c, problems.getOrDefault(field, ""), problems.containsKey(field));
        });
    }
}
