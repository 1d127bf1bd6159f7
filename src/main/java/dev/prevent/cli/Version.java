package dev.prevent.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it is written once, in the pom. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"prevent " + (version == null ? "(development build)" : version)};
    }
}
