package org.icpworkbench.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.project.Product;
import org.junit.jupiter.api.Test;

class CustomerEditViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<Product> CATALOGUE = List.of(new Product(7, 1, "WMS", "", 0), new Product(8, 1, "Picker app", "", 1));

    private static CustomerEditViewModel english() {
        return CustomerEditViewModel.forNew(Messages.of(Language.EN), CATALOGUE, List.of("Retail", "", "Distributors"), TODAY);
    }

    private static CustomerEditViewModel russian() {
        return CustomerEditViewModel.forNew(Messages.of(Language.RU), CATALOGUE, List.of(), TODAY);
    }

    @Test
    void numbersAreReadWithTheLanguagesDecimalMarkAndSpaces() {
        CustomerEditViewModel en = english();
        assertThat(en.number("1,200,000.50", false).value()).contains(new BigDecimal("1200000.50"));
        assertThat(en.number("1 200 000", false).value()).contains(new BigDecimal("1200000"));
        assertThat(en.number("1\u00A0200", false).value()).contains(new BigDecimal("1200"));
        assertThat(en.number("1,200", false).value()).contains(new BigDecimal("1200"));
        assertThat(en.number("35,5", false).value()).contains(new BigDecimal("35.5"));
        assertThat(en.percent("35.5 %").value()).contains(new BigDecimal("35.5"));
        assertThat(en.percent("0.5").value()).contains(new BigDecimal("0.5"));
        assertThat(en.number("  ", false).value()).isEmpty();
        assertThat(en.number("12abc", false).failed()).isTrue();

        CustomerEditViewModel ru = russian();
        assertThat(ru.number("1 200 000,50", false).value()).contains(new BigDecimal("1200000.50"));
        assertThat(ru.number("1\u202F200\u202F000", false).value()).contains(new BigDecimal("1200000"));
        assertThat(ru.number("1,234", false).value()).contains(new BigDecimal("1.234"));
        assertThat(ru.number("35.5", false).value()).contains(new BigDecimal("35.5"));
        assertThat(ru.number("1.200.000", false).value()).contains(new BigDecimal("1200000"));
        assertThat(ru.whole("3,5").failed()).isTrue();
        assertThat(ru.whole("1 200").value()).contains(1200);
    }

    @Test
    void anAmbiguousAmountIsRefusedInsteadOfGuessed() {
        CustomerEditViewModel ru = russian();
        ru.nameProperty().set("ООО «Ромашка»");
        ru.annualRevenueProperty().set("420.000");
        assertThat(ru.problem("annualRevenue")).contains("«420.000» можно понять и как 420 000, и как 420: запишите одно из этих чисел.");
        assertThat(ru.valid().get()).isFalse();
        ru.annualRevenueProperty().set("420 000,50");
        assertThat(ru.problem("annualRevenue")).isEmpty();
        assertThat(ru.data().annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("420000.50"));

        CustomerEditViewModel en = english();
        en.annualRevenueProperty().set("420,000");
        assertThat(en.data().annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("420000"));
    }

    @Test
    void problemsAreNamedByFieldInTheUsersLanguageAndBlockSaving() {
        CustomerEditViewModel editor = english();
        assertThat(editor.problem("name")).contains("Enter the customer’s name.");
        assertThat(editor.valid().get()).isFalse();

        editor.nameProperty().set("Alpha Ltd");
        assertThat(editor.problems().get()).isEmpty();
        assertThat(editor.valid().get()).isTrue();

        editor.annualRevenueProperty().set("12 abc");
        editor.grossMarginProperty().set("150");
        editor.npsProperty().set("11");
        editor.purchasesProperty().set("2.5");
        editor.firstPurchaseProperty().set("31.02.2024");
        assertThat(editor.problems().get()).containsOnlyKeys("firstPurchase", "annualRevenue", "grossMarginPercent",
                "purchases", "nps");
        assertThat(editor.problem("annualRevenue")).contains("“12 abc” is not a number.");
        assertThat(editor.problem("grossMarginPercent")).contains("Gross margin must be between −100% and 100%.");
        assertThat(editor.problem("nps")).contains("The NPS score must be a whole number from 0 to 10.");
        assertThat(editor.problem("purchases")).contains("“2.5” is not a whole number.");
        assertThat(editor.problem("firstPurchase")).hasValueSatisfying(text -> assertThat(text).contains("31.02.2024"));
        assertThat(editor.valid().get()).isFalse();

        editor.annualRevenueProperty().set("-5");
        assertThat(editor.problem("annualRevenue")).contains("Annual revenue cannot be negative.");
        editor.regionProperty().set("x".repeat(201));
        assertThat(editor.problem("region")).hasValueSatisfying(text -> assertThat(text).contains("200"));

        CustomerEditViewModel russian = russian();
        assertThat(russian.problem("name")).contains("Укажите название клиента.");
    }

    @Test
    void theChurnDateCountsOnlyForAChurnedCustomer() {
        CustomerEditViewModel editor = english();
        editor.nameProperty().set("Gamma");
        editor.firstPurchaseProperty().set("2025-01-10");
        editor.churnDateProperty().set("2024-06-10");
        assertThat(editor.problems().get()).isEmpty();
        assertThat(editor.data().churnDate()).isEmpty();

        editor.statusProperty().set(CustomerStatus.CHURNED);
        assertThat(editor.churned().get()).isTrue();
        assertThat(editor.problem("churnDate")).contains("The churn date 2024-06-10 is before the first purchase on 2025-01-10.");

        editor.churnDateProperty().set("10.06.2027");
        assertThat(editor.problem("churnDate")).contains("The churn date 2027-06-10 is in the future.");

        editor.churnDateProperty().set("10.06.2026");
        assertThat(editor.valid().get()).isTrue();
        assertThat(editor.data().churnDate()).contains(LocalDate.of(2026, 6, 10));
        assertThat(editor.data().status()).isEqualTo(CustomerStatus.CHURNED);
    }

    @Test
    void theValuesBecomeCustomerDataAndAStoredCustomerReadsBackTheSame() {
        CustomerEditViewModel editor = english();
        assertThat(editor.segments()).containsExactly("Distributors", "Retail");
        assertThat(editor.sizeBandLabels()).first().isEqualTo("1–10 employees");
        editor.nameProperty().set("  Alpha Ltd ");
        editor.segmentProperty().set("Distributors");
        editor.industryProperty().set("Wholesale");
        editor.sizeBandProperty().set("120");
        editor.regionProperty().set("Moscow");
        editor.firstPurchaseProperty().set("15.03.2024");
        editor.annualRevenueProperty().set("1,200,000");
        editor.grossMarginProperty().set("40 %");
        editor.costToServeProperty().set("");
        editor.purchasesProperty().set("3");
        editor.npsProperty().set("9");
        editor.notesProperty().set("Reference customer");
        editor.productIds().setAll(8L, 7L);

        CustomerData data = editor.data();
        assertThat(data).isEqualTo(new CustomerData("Alpha Ltd", "Distributors", "Wholesale", "51-200", "Moscow",
                Optional.of(LocalDate.of(2024, 3, 15)), CustomerStatus.ACTIVE, Optional.empty(),
                Optional.of(new BigDecimal("1200000")), Optional.of(new BigDecimal("40")), Optional.empty(), Optional.of(3),
                List.of(8L, 7L), Optional.of(9), "Reference customer"));

        assertThat(editor.sizeBandKey("11–50 employees")).isEqualTo("11-50");
        assertThat(editor.sizeBandKey("5000")).isEqualTo("1000+");
        assertThat(editor.sizeBandKey("mid-market")).isEqualTo("mid-market");

        for (Language language : Language.values()) {
            CustomerEditViewModel again = CustomerEditViewModel.forEdit(new Customer(3, 1, data), Messages.of(language),
                    CATALOGUE, List.of(), TODAY);
            assertThat(again.isNew()).isFalse();
            assertThat(again.valid().get()).isTrue();
            assertThat(again.data()).isEqualTo(data);
        }
        CustomerEditViewModel ru = CustomerEditViewModel.forEdit(new Customer(3, 1, data), Messages.of(Language.RU),
                CATALOGUE, List.of(), TODAY);
        assertThat(ru.annualRevenueProperty().get().replaceAll("[\\s\\u00A0\\u202F]", " ")).isEqualTo("1 200 000");
        assertThat(ru.firstPurchaseProperty().get()).isEqualTo("15.03.2024");
        assertThat(ru.sizeBandProperty().get()).isEqualTo("51–200 сотрудников");
    }
}
