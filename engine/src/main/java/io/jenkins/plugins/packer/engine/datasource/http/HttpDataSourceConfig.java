package io.jenkins.plugins.packer.engine.datasource.http;

import io.jenkins.plugins.packer.engine.config.Default;
import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.util.List;
import java.util.Map;

/** Configuration of Packer's {@code http} data source. */
@Doc("Requests a URL and returns the response: `url`, `body` and the response headers as `request_headers` "
        + "(Packer's name for them). The response must have a 2xx status.")
public record HttpDataSourceConfig(
        @Doc("The URL to request. It must answer with a 2xx status; a `text/*` or `application/json` content type "
                + "is expected (others give a warning).") String url,
        @Doc("HTTP method: `HEAD`, `GET`, `POST`, `PUT`, `DELETE`, `OPTIONS` or `PATCH`.") @Default("GET")
        String method,
        @Doc("Additional request headers.") Map<String, String> requestHeaders,
        @Doc("Request payload; none when empty.") String requestBody) implements Validated {

    /** The methods Packer accepts, in its order (its error message lists them so). */
    public static final List<String> METHODS = List.of("HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    @Override
    public void validate(Validation v) {
        if (!v.isUnknown("url") && (url == null || url.isEmpty())) {
            v.error("url", "the `url` must be specified", "Set `url` to the address to request.");
        }
        if (!v.isUnknown("method") && method != null && !METHODS.contains(method)) {
            v.error("method", "the `method` must be one of [" + String.join(" ", METHODS) + "]",
                    "`" + method + "` is not a supported HTTP method.");
        }
    }

    /** The method to use: {@code GET} when unset. */
    public String effectiveMethod() {
        return method == null || method.isEmpty() ? "GET" : method;
    }
}
