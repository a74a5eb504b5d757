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
        response.setContentType(mediaType);
        response.setContentLengthLong(size);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
