package io.jenkins.plugins.packer.engine.communicator.ssh;

import com.hierynomus.sshj.userauth.keyprovider.OpenSSHKeyFileUtil;
import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.PublicKey;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;

/**
 * A private key presented with an OpenSSH certificate ({@code ssh_certificate_file}). sshj 0.40.0 picks up a
 * certificate only as a {@code <key>-cert.pub} file next to a key file (its string-based loader ignores the
 * public key it is given), so the certificate is parsed here and paired with the private key.
 */
final class CertifiedKeyProvider implements KeyProvider {

    private final KeyProvider key;
    private final PublicKey certificate;
    private final KeyType type;

    CertifiedKeyProvider(KeyProvider key, String certificateText) throws IOException {
        this.key = key;
        OpenSSHKeyFileUtil.ParsedPubKey parsed = OpenSSHKeyFileUtil.initPubKey(new StringReader(certificateText));
        this.certificate = parsed.getPubKey();
        this.type = parsed.getType();
    }

    @Override
    public PrivateKey getPrivate() throws IOException {
        return key.getPrivate();
    }

    @Override
    public PublicKey getPublic() {
        return certificate;
    }

    @Override
    public KeyType getType() {
        return type;
    }
}
