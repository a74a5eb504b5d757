package ch.guichetai.document;

/**
 * What the checks of a request need to know of a file, whether it was just received or was stored
 * with an earlier version of the request (a correction counts both): its name and its size.
 */
public interface DocumentFile {

    String fileName();

    long size();
}
