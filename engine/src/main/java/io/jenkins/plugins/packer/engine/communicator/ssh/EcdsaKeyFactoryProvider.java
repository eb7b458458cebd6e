package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyFactorySpi;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;

/**
 * sshj asks the JCA for a {@code KeyFactory} named "ECDSA", a BouncyCastle name; the JDK calls it "EC". Without
 * BouncyCastle (left out on purpose) ECDSA keys and ECDSA host keys would fail, so this provider adds the name
 * "ECDSA" as a thin delegate to the JDK's "EC" key factory. Installed once, at the lowest priority, and only
 * if no other provider offers the name.
 */
final class EcdsaKeyFactoryProvider extends Provider {

    private static final long serialVersionUID = 1L;
    private static final String NAME = "JPackerEcdsaAlias";

    private EcdsaKeyFactoryProvider() {
        super(NAME, "1.0", "KeyFactory ECDSA as an alias of the JDK's EC key factory");
        putService(new Service(this, "KeyFactory", "ECDSA", Delegate.class.getName(), null, null) {
            @Override
            public Object newInstance(Object parameter) throws NoSuchAlgorithmException {
                return new Delegate();
            }
        });
    }

    /** Adds the provider unless "ECDSA" key factories already exist. */
    static synchronized void install() {
        if (Security.getProvider(NAME) != null) {
            return;
        }
        try {
            KeyFactory.getInstance("ECDSA");
        } catch (NoSuchAlgorithmException e) {
            Security.addProvider(new EcdsaKeyFactoryProvider());
        }
    }

    /** Delegates every operation to the JDK's EC key factory. */
    static final class Delegate extends KeyFactorySpi {
        private final KeyFactory ec;

        Delegate() throws NoSuchAlgorithmException {
            ec = KeyFactory.getInstance("EC");
        }

        @Override
        protected PublicKey engineGeneratePublic(KeySpec spec) throws InvalidKeySpecException {
            return ec.generatePublic(spec);
        }

        @Override
        protected PrivateKey engineGeneratePrivate(KeySpec spec) throws InvalidKeySpecException {
            return ec.generatePrivate(spec);
        }

        @Override
        protected <T extends KeySpec> T engineGetKeySpec(Key key, Class<T> spec) throws InvalidKeySpecException {
            return ec.getKeySpec(key, spec);
        }

        @Override
        protected Key engineTranslateKey(Key key) throws InvalidKeyException {
            return ec.translateKey(key);
        }
    }
}
