package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * "publickey" authentication with one key held by the SSH agent: the server is first asked whether it
 * accepts the key, then the agent signs the session-bound request. RSA keys sign with rsa-sha2-256, since
 * current OpenSSH servers refuse SHA-1 ({@code ssh-rsa}) signatures.
 */
final class AgentAuthMethod extends AbstractAuthMethod {

    private final SshAgentClient agent;
    private final SshAgentClient.Identity identity;
    private final String algorithm;
    private final int flags;

    AgentAuthMethod(SshAgentClient agent, SshAgentClient.Identity identity) {
        super("publickey");
        this.agent = agent;
        this.identity = identity;
        String type = identity.type();
        if (type.equals("ssh-rsa")) {
            algorithm = "rsa-sha2-256";
            flags = SshAgentClient.RSA_SHA2_256;
        } else if (type.equals("ssh-rsa-cert-v01@openssh.com")) {
            algorithm = "rsa-sha2-256-cert-v01@openssh.com";
            flags = SshAgentClient.RSA_SHA2_256;
        } else {
            algorithm = type;
            flags = 0;
        }
    }

    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        return request(false);
    }

    private SSHPacket request(boolean signed) throws UserAuthException {
        return super.buildReq().putBoolean(signed).putString(algorithm).putString(identity.blob());
    }

    @Override
    public void handle(Message cmd, SSHPacket buf) throws UserAuthException, TransportException {
        if (cmd != Message.USERAUTH_60) {
            super.handle(cmd, buf);
            return;
        }
        SSHPacket req = request(true);
        byte[] data = new Buffer.PlainBuffer().putString(params.getTransport().getSessionID()).putBuffer(req)
                .getCompactData();
        try {
            req.putString(agent.sign(identity.blob(), data, flags));
        } catch (IOException e) {
            throw new UserAuthException("SSH agent: " + e.getMessage(), e);
        }
        params.getTransport().write(req);
    }

    @Override
    public String toString() {
        return "agent key " + identity.comment() + " (" + identity.type() + ")";
    }
}
