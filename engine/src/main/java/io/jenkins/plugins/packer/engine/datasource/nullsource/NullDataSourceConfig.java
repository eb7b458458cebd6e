package io.jenkins.plugins.packer.engine.datasource.nullsource;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;

/** Configuration of the {@code null} data source. */
@Doc("Returns its `input` as `output`: a way to give a value the data-source treatment (evaluated with the "
        + "locals in dependency order, unknown during `validate`).")
public record NullDataSourceConfig(@Doc("The value returned as `output`.") String input) implements Validated {

    @Override
    public void validate(Validation v) {
        if (!v.isUnknown("input") && (input == null || input.isEmpty())) {
            v.error("input", "The `input` must be specified", "Set `input` to the value `output` should return.");
        }
    }
}
