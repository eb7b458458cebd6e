package io.jenkins.plugins.packer.engine.step;

/** How a step run, a step's phase or a whole build ended. */
public enum RunStatus { SUCCEEDED, FAILED, CANCELLED }
