package hudson.archfixture;

/** Test-only type in a Jenkins package, target of a planted architecture violation. */
public class FakeJenkinsType {
}
