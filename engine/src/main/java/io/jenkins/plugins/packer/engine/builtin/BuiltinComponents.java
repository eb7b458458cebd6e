package io.jenkins.plugins.packer.engine.builtin;

import io.jenkins.plugins.packer.engine.builder.docker.DockerBuilder;
import io.jenkins.plugins.packer.engine.builder.docker.DockerConfig;
import io.jenkins.plugins.packer.engine.builder.file.FileBuilder;
import io.jenkins.plugins.packer.engine.builder.file.FileConfig;
import io.jenkins.plugins.packer.engine.builder.nullbuilder.NullBuilder;
import io.jenkins.plugins.packer.engine.builder.nullbuilder.NullConfig;
import io.jenkins.plugins.packer.engine.builder.qemu.QemuBuilder;
import io.jenkins.plugins.packer.engine.builder.qemu.QemuConfig;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.datasource.http.HttpDataSource;
import io.jenkins.plugins.packer.engine.datasource.http.HttpDataSourceConfig;
import io.jenkins.plugins.packer.engine.datasource.nullsource.NullDataSource;
import io.jenkins.plugins.packer.engine.datasource.nullsource.NullDataSourceConfig;
import io.jenkins.plugins.packer.engine.postprocessor.artifice.ArtificeConfig;
import io.jenkins.plugins.packer.engine.postprocessor.artifice.ArtificePostProcessor;
import io.jenkins.plugins.packer.engine.postprocessor.checksum.ChecksumConfig;
import io.jenkins.plugins.packer.engine.postprocessor.checksum.ChecksumPostProcessor;
import io.jenkins.plugins.packer.engine.postprocessor.compress.CompressConfig;
import io.jenkins.plugins.packer.engine.postprocessor.compress.CompressPostProcessor;
import io.jenkins.plugins.packer.engine.postprocessor.docker.DockerImportConfig;
import io.jenkins.plugins.packer.engine.postprocessor.docker.DockerImportPostProcessor;
import io.jenkins.plugins.packer.engine.postprocessor.docker.DockerPushConfig;
import io.jenkins.plugins.packer.engine.postprocessor.docker.DockerPushPostProcessor;
import io.jenkins.plugins.packer.engine.postprocessor.docker.DockerSaveConfig;
import io.jenkins.plugins.packer.engine.postprocessor.docker.DockerSavePostProcessor;
import io.jenkins.plugins.packer.engine.postprocessor.docker.DockerTagConfig;
import io.jenkins.plugins.packer.engine.postprocessor.docker.DockerTagPostProcessor;
import io.jenkins.plugins.packer.engine.postprocessor.manifest.ManifestConfig;
import io.jenkins.plugins.packer.engine.postprocessor.manifest.ManifestPostProcessor;
import io.jenkins.plugins.packer.engine.postprocessor.shelllocal.ShellLocalPostProcessor;
import io.jenkins.plugins.packer.engine.provisioner.ansible.AnsibleConfig;
import io.jenkins.plugins.packer.engine.provisioner.ansible.AnsibleProvisioner;
import io.jenkins.plugins.packer.engine.provisioner.ansiblelocal.AnsibleLocalConfig;
import io.jenkins.plugins.packer.engine.provisioner.ansiblelocal.AnsibleLocalProvisioner;
import io.jenkins.plugins.packer.engine.provisioner.breakpoint.BreakpointConfig;
import io.jenkins.plugins.packer.engine.provisioner.breakpoint.BreakpointProvisioner;
import io.jenkins.plugins.packer.engine.provisioner.file.FileProvisioner;
import io.jenkins.plugins.packer.engine.provisioner.file.FileProvisionerConfig;
import io.jenkins.plugins.packer.engine.provisioner.shell.ShellConfig;
import io.jenkins.plugins.packer.engine.provisioner.shell.ShellProvisioner;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.ShellLocalConfig;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.ShellLocalProvisioner;
import io.jenkins.plugins.packer.engine.provisioner.sleep.SleepConfig;
import io.jenkins.plugins.packer.engine.provisioner.sleep.SleepProvisioner;
import java.util.Map;

/**
 * Every component the engine provides, in one place. A new builder, provisioner, post-processor or data source
 * is added here with one line.
 */
public final class BuiltinComponents {

    private BuiltinComponents() {
    }

    /** A new registry with every built-in component, reading host settings from this process's environment. */
    public static ComponentRegistry registry() {
        return registry(System.getenv());
    }

    /**
     * A new registry with every built-in component.
     *
     * @param environment where components look up what a host passes in (the manifest post-processor's
     *     {@code JPACKER_MANIFEST_CUSTOM_DATA}); in-process callers and tests pass their own
     */
    public static ComponentRegistry registry(Map<String, String> environment) {
        return new ComponentRegistry()
                // builders
                .register(ComponentType.builder("file", FileConfig.class, FileBuilder::new))
                .register(ComponentType.builder("docker", DockerConfig.class, DockerBuilder::new)
                        .withPlugin("github.com/hashicorp/docker"))
                .register(ComponentType.builder("null", NullConfig.class, NullBuilder::new))
                .register(ComponentType.builder("qemu", QemuConfig.class, QemuBuilder::new).withPlugin("github.com/hashicorp/qemu"))
                // provisioners
                .register(ComponentType.provisioner("shell", ShellConfig.class, ShellProvisioner::new))
                .register(ComponentType.provisioner("file", FileProvisionerConfig.class, FileProvisioner::new))
                .register(ComponentType.provisioner("ansible", AnsibleConfig.class, AnsibleProvisioner::new)
                        .withPlugin("github.com/hashicorp/ansible"))
                .register(ComponentType.provisioner("ansible-local", AnsibleLocalConfig.class,
                        AnsibleLocalProvisioner::new).withPlugin("github.com/hashicorp/ansible"))
                .register(ComponentType.provisioner("shell-local", ShellLocalConfig.class,
                        ShellLocalProvisioner::new))
                .register(ComponentType.provisioner("breakpoint", BreakpointConfig.class, BreakpointProvisioner::new))
                .register(ComponentType.provisioner("sleep", SleepConfig.class, SleepProvisioner::new))
                // post-processors
                .register(ComponentType.postProcessor("manifest", ManifestConfig.class,
                        c -> new ManifestPostProcessor(c, environment)))
                .register(ComponentType.postProcessor("checksum", ChecksumConfig.class, ChecksumPostProcessor::new))
                .register(ComponentType.postProcessor("compress", CompressConfig.class, CompressPostProcessor::new))
                .register(ComponentType.postProcessor("artifice", ArtificeConfig.class, ArtificePostProcessor::new))
                .register(ComponentType.postProcessor("shell-local", ShellLocalConfig.class,
                        ShellLocalPostProcessor::new))
                .register(ComponentType.postProcessor("docker-import", DockerImportConfig.class,
                        DockerImportPostProcessor::new).withPlugin("github.com/hashicorp/docker"))
                .register(ComponentType.postProcessor("docker-tag", DockerTagConfig.class,
                        DockerTagPostProcessor::new).withPlugin("github.com/hashicorp/docker"))
                .register(ComponentType.postProcessor("docker-save", DockerSaveConfig.class,
                        DockerSavePostProcessor::new).withPlugin("github.com/hashicorp/docker"))
                .register(ComponentType.postProcessor("docker-push", DockerPushConfig.class,
                        DockerPushPostProcessor::new).withPlugin("github.com/hashicorp/docker"))
                // data sources
                .register(ComponentType.dataSource("null", NullDataSourceConfig.class, NullDataSource::new))
                .register(ComponentType.dataSource("http", HttpDataSourceConfig.class, HttpDataSource::new));
    }
}
