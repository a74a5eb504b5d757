package ch.guichetai.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The headers of a stored file sent as a download: always an attachment under its original name
 * (encoded as RFC 6266 says, any character kept), with the type detected at upload, which the
 * browser must not second-guess.
 */
public final class Attachment {

    private Attachment() {
    }

    /** Sets the headers; the content follows. */
    public static void headers(HttpServletResponse response, String mediaType, long size, String fileName) {
        headers(response, ContentDisposition.attachment(), mediaType, size, fileName);
    }

    /**
     * The same headers for a file the browser shows in place (a frame of the page) rather than
     * saves; whoever sends it decides who may frame it.
     */
    public static void inline(HttpServletResponse response, String mediaType, long size, String fileName) {
        headers(response, ContentDisposition.inline(), mediaType, size, fileName);
    }

    private static void headers(HttpServletResponse response, ContentDisposition.Builder disposition, String mediaType,
                                long size, String fileName) {
        response.setContentType(mediaType);
        response.setContentLengthLong(size);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                disposition.filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
