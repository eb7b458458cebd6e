/**
 * The engine's public API: the only package the Jenkins plugin may use (an ArchUnit rule holds this).
 * Everything here is stable across engine-internal refactoring.
 */
package io.jenkins.plugins.packer.engine.api;
