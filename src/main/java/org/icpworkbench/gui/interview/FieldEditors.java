package org.icpworkbench.gui.interview;

import org.icpworkbench.gui.common.Cells;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.QuestionField;

/**
 * Builds the editor of each structured value of a question and binds it to the page's values.
 * Typing is never blocked: a value that cannot be read is marked with a warning and simply not stored.
 */
final class FieldEditors {

    private static final List<String> DURATION_UNITS = List.of("DAYS", "WEEKS", "MONTHS", "YEARS");
    private static final List<String> CURRENCIES = List.of("RUB", "USD", "EUR", "KZT", "BYN", "CNY");

    private final QuestionPageViewModel page;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();

    FieldEditors(QuestionPageViewModel page, Messages messages) {
        this.page = page;
        this.messages = messages;
    }

    /** A grid with a label and an editor per field; empty when the question has no structured value. */
    GridPane build() {
        GridPane grid = new GridPane(12, 8);
        grid.getStyleClass().add("structured-values");
        int row = 0;
        for (QuestionField field : page.question().fields()) {
            Label label = new Label(page.label(field));
            label.setWrapText(true);
            label.setMaxWidth(260);
            grid.addRow(row++, label, editor(field));
        }
        return grid;
    }

    private Node editor(QuestionField field) {
        return switch (field.type()) {
            case TEXT -> text(field.key(), field.key());
            case NUMBER -> number(field.key(), null, null);
            case PERCENT -> number(field.key(), BigDecimal.ZERO, BigDecimal.valueOf(100));
            case DURATION -> amountWithUnit(field.key(), "unit", DURATION_UNITS, "MONTHS",
                    unit -> messages.get("unit." + unit), false);
            case MONEY -> amountWithUnit(field.key(), "currency", CURRENCIES, "RUB", currency -> currency, true);
            case CHOICE -> choice(field.key(), field.options());
            case MULTI -> field.catalogue() ? catalogue(field.key()) : multi(field.key(), field.options());
            case SCALE -> scale(field.key());
            case YESNO -> yesNo(field.key());
            case FIRMOGRAPHICS -> firmographics(field);
        };
    }

    private TextField text(String key, String id) {
        TextField field = new TextField(page.value(key) instanceof String s ? s : "");
        field.setId("field-" + id);
        field.setPrefColumnCount(28);
        field.textProperty().addListener((observable, old, text) -> page.setValue(key, text));
        return field;
    }

    private TextField number(String key, BigDecimal min, BigDecimal max) {
        TextField field = new TextField(page.value(key) == null ? "" : plain(page.value(key)));
        field.setId("field-" + key);
        field.setPrefColumnCount(10);
        validation.registerValidator(field, false, (control, value) -> {
            QuestionPageViewModel.NumberInput input = page.parseNumber((String) value, min, max);
            return ValidationResult.fromMessageIf(control, input.problem().orElse(""), Severity.WARNING,
                    input.problem().isPresent());
        });
        field.textProperty().addListener((observable, old, text) -> {
            QuestionPageViewModel.NumberInput input = page.parseNumber(text, min, max);
            if (input.problem().isEmpty()) {
                page.setValue(key, input.number().orElse(null));
            }
        });
        return field;
    }

    /** An amount with a unit or currency, stored as {"amount": …, "<unitKey>": …}. */
    private HBox amountWithUnit(String key, String unitKey, List<String> units, String defaultUnit,
                                Function<String, String> unitLabel, boolean money) {
        Map<?, ?> stored = page.value(key) instanceof Map<?, ?> map ? map : Map.of();
        TextField amount = new TextField(stored.get("amount") == null ? "" : plain(stored.get("amount")));
        amount.setId("field-" + key);
        amount.setPrefColumnCount(8);
        ComboBox<String> unit = new ComboBox<>(FXCollections.observableArrayList(units));
        unit.setId("field-" + key + "-" + unitKey);
        unit.setValue(stored.get(unitKey) instanceof String s ? s : defaultUnit);
        unit.setCellFactory(list -> Cells.text(unitLabel));
        unit.setButtonCell(Cells.text(unitLabel));
        validation.registerValidator(amount, false, (control, value) -> {
            QuestionPageViewModel.NumberInput input = parseAmount(money, (String) value);
            return ValidationResult.fromMessageIf(control, input.problem().orElse(""), Severity.WARNING,
                    input.problem().isPresent());
        });
        Runnable store = () -> {
            QuestionPageViewModel.NumberInput input = parseAmount(money, amount.getText());
            if (input.problem().isPresent()) {
                return;
            }
            Map<String, Object> value = new LinkedHashMap<>();
            input.number().ifPresent(number -> {
                value.put("amount", number);
                value.put(unitKey, unit.getValue());
            });
            page.setValue(key, value);
        };
        amount.textProperty().addListener((observable, old, text) -> store.run());
        unit.valueProperty().addListener((observable, old, chosen) -> store.run());
        HBox box = new HBox(8, amount, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ComboBox<FieldOption> choice(String key, List<FieldOption> options) {
        ComboBox<FieldOption> box = optionBox(key, options, page.value(key));
        box.valueProperty().addListener((observable, old, chosen) -> page.setValue(key, chosen == null ? null : chosen.key()));
        return box;
    }

    private ComboBox<FieldOption> optionBox(String id, List<FieldOption> options, Object storedKey) {
        ComboBox<FieldOption> box = new ComboBox<>(FXCollections.observableArrayList(options));
        box.setId("field-" + id);
        box.setPromptText(messages.get("runner.choose"));
        box.setCellFactory(list -> Cells.text(page::label));
        box.setButtonCell(Cells.text(page::label));
        options.stream().filter(option -> option.key().equals(storedKey)).findFirst().ifPresent(box::setValue);
        return box;
    }

    private CheckComboBox<FieldOption> multi(String key, List<FieldOption> options) {
        CheckComboBox<FieldOption> box = new CheckComboBox<>(FXCollections.observableArrayList(options));
        box.setId("field-" + key);
        box.setConverter(Cells.converter(page::label));
        List<?> stored = page.value(key) instanceof List<?> list ? list : List.of();
        options.stream().filter(option -> stored.contains(option.key())).forEach(box.getCheckModel()::check);
        box.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<FieldOption>) change ->
                page.setValue(key, new ArrayList<>(box.getCheckModel().getCheckedItems().stream().map(FieldOption::key).toList())));
        return box;
    }

    private Node catalogue(String key) {
        if (page.products().isEmpty()) {
            Label none = new Label(messages.get("runner.noProducts"));
            none.getStyleClass().add("text-muted");
            return none;
        }
        CheckComboBox<Product> box = new CheckComboBox<>(FXCollections.observableArrayList(page.products()));
        box.setId("field-" + key);
        box.setConverter(Cells.converter(Product::name));
        List<?> stored = page.value(key) instanceof List<?> list ? list : List.of();
        page.products().stream().filter(product -> stored.stream()
                .anyMatch(id -> id instanceof Number n && n.longValue() == product.id())).forEach(box.getCheckModel()::check);
        box.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Product>) change ->
                page.setValue(key, new ArrayList<>(box.getCheckModel().getCheckedItems().stream().map(Product::id).toList())));
        return box;
    }

    private SegmentedButton scale(String key) {
        SegmentedButton buttons = new SegmentedButton();
        buttons.setId("field-" + key);
        Object stored = page.value(key);
        for (int score = 0; score <= 10; score++) {
            ToggleButton button = new ToggleButton(Integer.toString(score));
            button.setId("field-" + key + "-" + score);
            button.setUserData(score);
            button.setSelected(stored instanceof Number n && n.intValue() == score);
            buttons.getButtons().add(button);
        }
        buttons.getToggleGroup().selectedToggleProperty().addListener((observable, old, selected) ->
                page.setValue(key, selected == null ? null : selected.getUserData()));
        return buttons;
    }

    private HBox yesNo(String key) {
        ToggleGroup group = new ToggleGroup();
        RadioButton yes = new RadioButton(messages.get("runner.yes"));
        yes.setId("field-" + key + "-yes");
        yes.setToggleGroup(group);
        RadioButton no = new RadioButton(messages.get("runner.no"));
        no.setId("field-" + key + "-no");
        no.setToggleGroup(group);
        Object stored = page.value(key);
        yes.setSelected(Boolean.TRUE.equals(stored));
        no.setSelected(Boolean.FALSE.equals(stored));
        group.selectedToggleProperty().addListener((observable, old, selected) ->
                page.setValue(key, selected == null ? null : selected == yes));
        return new HBox(16, yes, no);
    }

    /** Industry, size band, revenue band and region, stored together as one object. */
    private GridPane firmographics(QuestionField field) {
        Map<?, ?> stored = page.value(field.key()) instanceof Map<?, ?> map ? map : Map.of();
        TextField industry = new TextField(stored.get("industry") instanceof String s ? s : "");
        industry.setId("field-industry");
        industry.setPromptText(messages.get("runner.firmographics.industry"));
        TextField region = new TextField(stored.get("region") instanceof String s ? s : "");
        region.setId("field-region");
        region.setPromptText(messages.get("runner.firmographics.region"));
        ComboBox<FieldOption> size = optionBox("sizeBand", field.sizeBands(), stored.get("sizeBand"));
        ComboBox<FieldOption> revenue = optionBox("revenueBand", field.revenueBands(), stored.get("revenueBand"));
        Runnable store = () -> {
            Map<String, Object> value = new LinkedHashMap<>();
            putIfPresent(value, "industry", industry.getText().strip());
            putIfPresent(value, "sizeBand", size.getValue() == null ? "" : size.getValue().key());
            putIfPresent(value, "revenueBand", revenue.getValue() == null ? "" : revenue.getValue().key());
            putIfPresent(value, "region", region.getText().strip());
            page.setValue(field.key(), value);
        };
        industry.textProperty().addListener((observable, old, text) -> store.run());
        region.textProperty().addListener((observable, old, text) -> store.run());
        size.valueProperty().addListener((observable, old, chosen) -> store.run());
        revenue.valueProperty().addListener((observable, old, chosen) -> store.run());
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, new Label(messages.get("runner.firmographics.industry")), industry);
        grid.addRow(1, new Label(messages.get("runner.firmographics.size")), size);
        grid.addRow(2, new Label(messages.get("runner.firmographics.revenue")), revenue);
        grid.addRow(3, new Label(messages.get("runner.firmographics.region")), region);
        return grid;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (!value.isBlank()) {
            map.put(key, value);
        }
    }

    private QuestionPageViewModel.NumberInput parseAmount(boolean money, String text) {
        return money ? page.parseAmount(text, BigDecimal.ZERO, null) : page.parseNumber(text, BigDecimal.ZERO, null);
    }

    private String plain(Object number) {
        if (number instanceof BigDecimal decimal) {
            return page.formatNumber(decimal);
        }
        return number instanceof Number other ? page.formatNumber(new BigDecimal(other.toString())) : String.valueOf(number);
    }

    static Tooltip tooltip(String text) {
        return new Tooltip(text);
    }
}
