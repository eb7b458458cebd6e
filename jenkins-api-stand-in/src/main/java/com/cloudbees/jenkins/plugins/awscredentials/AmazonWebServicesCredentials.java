package com.cloudbees.jenkins.plugins.awscredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/jenkins/plugins/awscredentials/AmazonWebServicesCredentials.java} of
 * jenkinsci/aws-credentials-plugin. Upstream it also extends the AWS SDK v1
 * com.amazonaws.auth.AWSCredentialsProvider (omitted: the plugin uses only the SDK v2 resolveCredentials(),
 * inherited from the real AwsCredentialsProvider on the compile path). No member of its own is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/aws-credentials-plugin@00781767f857: matches (1 supertype omitted).
 * Compile-only; never packaged.
 */
public interface AmazonWebServicesCredentials extends StandardCredentials, AwsCredentialsProvider {
    long serialVersionUID = -8931505925778535681L;
}
