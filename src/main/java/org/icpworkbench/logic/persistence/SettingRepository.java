package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.WORKSPACE_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Small key/value settings that belong to a workspace, such as the last project opened. */
public final class SettingRepository {

    private final DSLContext dsl;

    public SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(WORKSPACE_SETTING.SETTING_VALUE).from(WORKSPACE_SETTING)
                .where(WORKSPACE_SETTING.SETTING_KEY.eq(key)).fetchOptional(WORKSPACE_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        dsl.transaction(configuration -> DSL.using(configuration)
                .mergeInto(WORKSPACE_SETTING)
                .using(DSL.selectOne())
                .on(WORKSPACE_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(WORKSPACE_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(WORKSPACE_SETTING.SETTING_KEY, WORKSPACE_SETTING.SETTING_VALUE).values(key, value)
                .execute());
    }
}
