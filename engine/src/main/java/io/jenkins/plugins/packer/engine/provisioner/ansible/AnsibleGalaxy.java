package io.jenkins.plugins.packer.engine.provisioner.ansible;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.LocalCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Installs a {@code galaxy_file} with ansible-galaxy before the playbook runs (Packer's {@code executeGalaxy}):
 * roles when the file has a {@code roles:} key or no {@code collections:} key (the v1 format), collections
 * when it has {@code collections:}; {@code -f}, {@code --force-with-deps} and {@code -p} as configured.
 */
final class AnsibleGalaxy {

    private static final Pattern ROLES = Pattern.compile("(?m)^roles:");
    private static final Pattern COLLECTIONS = Pattern.compile("(?m)^collections:");

    private AnsibleGalaxy() {
    }

    static void install(BuildContext ctx, AnsibleConfig config, Path galaxyFile, Map<String, String> env)
            throws IOException, InterruptedException {
        String text = Files.readString(galaxyFile);
        boolean roles = ROLES.matcher(text).find();
        boolean collections = COLLECTIONS.matcher(text).find();
        String command = set(config.galaxyCommand()) ? config.galaxyCommand() : "ansible-galaxy";
        if (roles || !collections) {
            List<String> args = new ArrayList<>(List.of(command, "install", "-r", galaxyFile.toString()));
            force(config, args);
            if (set(config.rolesPath())) {
                args.addAll(List.of("-p", config.rolesPath()));
            }
            run(ctx, args, env);
        }
        if (collections) {
            List<String> args = new ArrayList<>(List.of(command, "collection", "install", "-r",
                    galaxyFile.toString()));
            force(config, args);
            if (set(config.collectionsPath())) {
                args.addAll(List.of("-p", config.collectionsPath()));
            }
            run(ctx, args, env);
        }
    }

    private static void force(AnsibleConfig config, List<String> args) {
        if (config.galaxyForceInstall()) {
            args.add("-f");
        }
        if (config.galaxyForceWithDeps()) {
            args.add("--force-with-deps");
        }
    }

    private static void run(BuildContext ctx, List<String> argv, Map<String, String> env)
            throws IOException, InterruptedException {
        ctx.ui().message("Executing Ansible Galaxy");
        int status = LocalCommand.run(argv, env, ctx.workingDir(), ctx.ui(), ctx.cancel());
        if (status != 0) {
            throw new IOException("Non-zero exit status: exit status " + status);
        }
    }

    private static boolean set(String s) {
        return s != null && !s.isEmpty();
    }
}
