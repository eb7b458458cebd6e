package io.jenkins.plugins.packer.engine.component;

import java.util.function.Function;

/**
 * How a {@link ComponentType} turns its decoded configuration record into the runtime object of its kind. One
 * record per kind, so a provisioner type can only create provisioners.
 *
 * @param <C> the configuration record
 */
public sealed interface ComponentFactory<C extends Record> {

    ComponentKind kind();

    /** Creates builders. */
    record ForBuilder<C extends Record>(Function<C, Builder> create) implements ComponentFactory<C> {
        @Override
        public ComponentKind kind() {
            return ComponentKind.BUILDER;
        }
    }

    /** Creates provisioners. */
    record ForProvisioner<C extends Record>(Function<C, Provisioner> create) implements ComponentFactory<C> {
        @Override
        public ComponentKind kind() {
            return ComponentKind.PROVISIONER;
        }
    }

    /** Creates post-processors. */
    record ForPostProcessor<C extends Record>(Function<C, PostProcessor> create) implements ComponentFactory<C> {
        @Override
        public ComponentKind kind() {
            return ComponentKind.POST_PROCESSOR;
        }
    }

    /** Creates data sources. */
    record ForDataSource<C extends Record>(Function<C, DataSource> create) implements ComponentFactory<C> {
        @Override
        public ComponentKind kind() {
            return ComponentKind.DATA_SOURCE;
        }
    }
}
