package io.jenkins.plugins.packer.archfixture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import jenkins.security.MasterToSlaveCallable;

/** Planted violations (test sources only): an anonymous callable, and one returning a third-party type. */
public class AnonymousCallable {

    public Object make() {
        return new MasterToSlaveCallable<String, IOException>() {
            private static final long serialVersionUID = 1L;

            @Override
            public String call() {
                return "x";
            }
        };
    }

    /** Static and named, but its result is not a JDK or plugin type. */
    public static final class ReturnsForeignType extends MasterToSlaveCallable<JavaClass, IOException> {
        private static final long serialVersionUID = 1L;

        @Override
        public JavaClass call() {
            return null;
        }
    }
}
