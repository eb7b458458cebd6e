package io.jenkins.plugins.packer.engine.gotemplate;

/** A Go-template parse or execution error, worded as Go's text/template words it ({@code template: NAME:LINE: ...}). */
public final class GoTemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public GoTemplateException(String message) {
        super(message);
    }
}
