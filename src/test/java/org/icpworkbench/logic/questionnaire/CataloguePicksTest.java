package org.icpworkbench.logic.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Product picks in structured values, in every shape the application reads them. */
class CataloguePicksTest {

    private static final Map<Long, Long> IDS = Map.of(40L, 1L, 41L, 2L);
    private static final LongFunction<OptionalLong> MAP = id -> IDS.containsKey(id) ? OptionalLong.of(IDS.get(id))
            : OptionalLong.empty();

    @Test
    void picksAreFoundInListsSingleValuesAndDigitTextsOfCatalogueFieldsOnly() {
        String value = "{\"products\":[40,\"41\",\"typed by hand\"],\"single\":41,\"other\":[40],\"amount\":1.50}";
        assertThat(CataloguePicks.picks(value, Set.of("products", "single"))).containsExactly(
                new CataloguePicks.Pick("products[0]", 40), new CataloguePicks.Pick("products[1]", 41),
                new CataloguePicks.Pick("single", 41));
    }

    @Test
    void remappingKeepsShapesAndOtherValuesAndLeavesOutPicksWithoutCounterpart() {
        String value = "{\"products\":[40,\"41\",99,\"typed by hand\"],\"single\":77,\"other\":[40],\"amount\":1.50}";
        assertThat(CataloguePicks.remap(value, Set.of("products", "single"), MAP))
                .isEqualTo("{\"products\":[1,\"2\",\"typed by hand\"],\"other\":[40],\"amount\":1.50}");
    }

    @Test
    void aValueWithoutPicksIsReturnedAsItWas() {
        String value = "{ \"products\" : [ ], \"amount\" : 1.0E7 }";
        assertThat(CataloguePicks.remap(value, Set.of("products"), MAP)).isSameAs(value);
        assertThat(CataloguePicks.remap("not json", Set.of("products"), MAP)).isEqualTo("not json");
        assertThat(CataloguePicks.remap("{\"products\":[40]}", Set.of(), MAP)).isEqualTo("{\"products\":[40]}");
    }
}
