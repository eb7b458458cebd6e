package io.jenkins.plugins.packer.engine.template;

/** Where a variable's value came from; messages name it ("Invalid value for varfile variable"). */
public enum ValueSource {
    DEFAULT("default"), ENV("env"), VARFILE("varfile"), CMD("cmd");

    private final String word;

    ValueSource(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
