package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.assertCallFails;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tree below mirrors the one used to record packer console results (same names, links and contents);
 * the expectations are what packer printed, with its relative template directory made absolute here.
 */
class FilesystemFunctionsTest {

    @TempDir
    Path root;
    private Path tpl;
    private Map<String, Function> lib;

    @BeforeEach
    void tree() throws IOException {
        tpl = Files.createDirectories(root.resolve("tpl"));
        for (String f : new String[] {"build.pkr.hcl", "linux/files/hello.txt", "linux/files/world.txt",
            "linux/scripts/script-1-install.sh", "linux/scripts/script-2-setup.sh", ".hidden/h.txt", ".dot"}) {
            Path p = tpl.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "");
        }
        Files.write(tpl.resolve("bin.dat"), new byte[] {(byte) 0xff, (byte) 0xfe});
        Files.writeString(tpl.resolve("hello.txt"), "hello\n");
        Files.createSymbolicLink(tpl.resolve("link"), Path.of("linux/files"));
        Files.createDirectories(root.resolve("other"));
        Files.writeString(root.resolve("other/o.txt"), "x\n");
        lib = FilesystemFunctions.all(tpl, root, Path.of("/home/jenkins"));
    }

    private void brokenLink() throws IOException {
        Files.createSymbolicLink(tpl.resolve("broken"), Path.of("nowhere"));
    }

    private Value set(String... names) {
        return Value.set(Type.STRING, Arrays.stream(names).map(Value::string).toList());
    }

    private Value fileset(String path, String pattern) throws Exception {
        return call(lib, "fileset", str(path), str(pattern));
    }

    @Test
    void filesetAsInThePackerDocs() throws Exception {
        assertThat(fileset(".", "linux/scripts/*"))
                .isEqualTo(set("linux/scripts/script-1-install.sh", "linux/scripts/script-2-setup.sh"));
        assertThat(fileset("linux", "files/{hello,world}.txt")).isEqualTo(set("files/hello.txt", "files/world.txt"));
        assertThat(fileset("./linux/files", "*")).isEqualTo(set("hello.txt", "world.txt"));
        assertThat(fileset("./linux", "**")).isEqualTo(set("files/hello.txt", "files/world.txt",
                "scripts/script-1-install.sh", "scripts/script-2-setup.sh"));
    }

    @Test
    void filesetMatchesDotFilesFollowsLinksAndLeavesThePath() throws Exception {
        assertThat(fileset(".", "**/*.txt")).isEqualTo(set(".hidden/h.txt", "hello.txt", "link/hello.txt",
                "link/world.txt", "linux/files/hello.txt", "linux/files/world.txt"));
        assertThat(fileset(".", "*")).isEqualTo(set(".dot", "bin.dat", "build.pkr.hcl", "hello.txt"));
        assertThat(fileset(".", "link/*")).isEqualTo(set("link/hello.txt", "link/world.txt"));
        assertThat(fileset(".", "../other/*")).isEqualTo(set("../other/o.txt"));
        assertThat(fileset(".", "li?k/[^w]*")).isEqualTo(set("link/hello.txt"));
        assertThat(fileset(".", "{linux/files,.hidden}/{h*,world.txt}"))
                .isEqualTo(set("linux/files/hello.txt", "linux/files/world.txt", ".hidden/h.txt"));
        assertThat(fileset(".", "linux/files/hello.txt")).isEqualTo(set("linux/files/hello.txt"));
        assertThat(fileset(".", "nothing*")).isEqualTo(Value.set(Type.STRING, java.util.List.of()));
        assertThat(fileset(tpl.resolve("linux").toString(), "files/w*")).isEqualTo(set("files/world.txt"));
    }

    @Test
    void filesetErrors() throws Exception {
        assertCallFails(lib, "fileset", str("."), str("["))
                .hasMessage("failed to glob pattern (" + tpl + "/[): syntax error in pattern");
        assertCallFails(lib, "fileset", str("."), str("*{a,b"))
                .hasMessage("failed to glob pattern (" + tpl + "/*{a,b): syntax error in pattern");
        brokenLink();
        assertCallFails(lib, "fileset", str("."), str("*")).hasMessage("failed to stat (" + tpl + "/broken): stat "
                + tpl + "/broken: no such file or directory");
        assertThat(fileset(".", "**")).isEqualTo(set(".dot", ".hidden/h.txt", "bin.dat", "build.pkr.hcl",
                "hello.txt", "link/hello.txt", "link/world.txt", "linux/files/hello.txt", "linux/files/world.txt",
                "linux/scripts/script-1-install.sh", "linux/scripts/script-2-setup.sh"));
    }

    @Test
    void fileReadsUtf8RelativeToTheTemplate() throws Exception {
        assertThat(call(lib, "file", str("hello.txt"))).isEqualTo(str("hello\n"));
        assertThat(call(lib, "file", str(tpl.resolve("hello.txt").toString()))).isEqualTo(str("hello\n"));
        assertThat(call(lib, "file", str("linux/../hello.txt"))).isEqualTo(str("hello\n"));
        assertCallFails(lib, "file", str("bin.dat")).hasMessage("contents of bin.dat are not valid UTF-8; use the "
                + "filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. "
                + "filemd5, filesha256) to obtain file hashing results instead");
        assertCallFails(lib, "file", str("nope")).hasMessage("no file exists at " + tpl + "/nope");
        assertCallFails(lib, "file", str("linux")).hasMessage("failed to read " + tpl + "/linux");
        assertCallFails(lib, "file", str("~x")).hasMessage("failed to expand ~: cannot expand user-specific home dir");
        assertThat(call(lib, "file", secret("hello.txt")).marks()).containsExactly(Mark.SENSITIVE);
    }

    @Test
    void fileexists() throws Exception {
        assertThat(call(lib, "fileexists", str("hello.txt"))).isEqualTo(Value.TRUE);
        assertThat(call(lib, "fileexists", str("nope"))).isEqualTo(Value.FALSE);
        assertThat(call(lib, "fileexists", str("link/hello.txt"))).isEqualTo(Value.TRUE);
        Files.setPosixFilePermissions(tpl.resolve("linux"), java.nio.file.attribute.PosixFilePermissions
                .fromString("rwxr-xr-x"));
        assertCallFails(lib, "fileexists", str("linux"))
                .hasMessage(tpl + "/linux is not a regular file, but \"drwxr-xr-x\"");
        assertCallFails(lib, "fileexists", str("~x"))
                .hasMessage("failed to expand ~: cannot expand user-specific home dir");
    }

    @Test
    void filebase64ReadsRelativeToTheWorkingDirectory() throws Exception {
        assertThat(call(lib, "filebase64", str("tpl/hello.txt"))).isEqualTo(str("aGVsbG8K"));
        assertThat(call(lib, "filebase64", str("tpl/bin.dat"))).isEqualTo(str("//4="));
        assertCallFails(lib, "filebase64", str("tpl/nope"))
                .hasMessage("failed to read file \"tpl/nope\": open tpl/nope: no such file or directory");
        assertCallFails(lib, "filebase64", str("tpl"))
                .hasMessage("failed to read file \"tpl\": read tpl: is a directory");
    }

    @Test
    void pathFunctions() throws Exception {
        assertThat(call(lib, "pathexpand", str("~/.ssh"))).isEqualTo(str("/home/jenkins/.ssh"));
        assertThat(call(lib, "pathexpand", str("~"))).isEqualTo(str("/home/jenkins"));
        assertThat(call(lib, "pathexpand", str("a/~"))).isEqualTo(str("a/~"));
        assertThat(call(lib, "pathexpand", str(""))).isEqualTo(str(""));
        assertCallFails(lib, "pathexpand", str("~x")).hasMessage("cannot expand user-specific home dir");
        assertThat(call(lib, "abspath", str("a/../b/"))).isEqualTo(str(root + "/b"));
        assertThat(call(lib, "abspath", str("/x//y/."))).isEqualTo(str("/x/y"));
        String[][] base = {{"/a/b/", "b"}, {"", "."}, {"///", "/"}, {"foo.txt", "foo.txt"}, {"a//b", "b"}};
        for (String[] c : base) {
            assertThat(call(lib, "basename", str(c[0]))).as(c[0]).isEqualTo(str(c[1]));
        }
        String[][] dir = {{"a", "."}, {"/a/b/", "/a/b"}, {"", "."}, {"a//b", "a"}, {"/", "/"}, {"/a", "/"}};
        for (String[] c : dir) {
            assertThat(call(lib, "dirname", str(c[0]))).as(c[0]).isEqualTo(str(c[1]));
        }
    }

    @Test
    void unknownPathsGiveUnknownResults() throws Exception {
        assertThat(call(lib, "fileset", str("."), Value.unknown(Type.STRING)))
                .isEqualTo(Value.unknown(Type.set(Type.STRING)));
        assertThat(call(lib, "file", Value.unknown(Type.STRING))).isEqualTo(Value.unknown(Type.STRING));
    }
}
