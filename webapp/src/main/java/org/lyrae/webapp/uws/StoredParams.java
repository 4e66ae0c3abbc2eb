package org.lyrae.webapp.uws;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lyrae.uws.JobContext;
import org.lyrae.webapp.http.DaliParams;

/** A job's stored parameters and inline uploads, read as the DALI parameters they were sent as. */
public final class StoredParams implements DaliParams {
    private final Map<String, List<String>> params;
    private final JobContext context;

    public StoredParams(JobContext context) {
        this.context = context;
        this.params = context.job().parameters();
    }

    @Override
    public String get(String name) {
        List<String> v = all(name);
        return v.isEmpty() ? null : v.get(0);
    }

    @Override
    public List<String> all(String name) {
        return params.getOrDefault(name.toUpperCase(Locale.ROOT), List.of());
    }

    @Override
    public InlinePart part(String name) {
        return new InlinePart() {
            @Override
            public String contentType() {
                return null;   // detected from the content
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = context.input(name);
                if (in == null) throw new IOException("the job has no stored upload named '" + name + "'");
                return in;
            }
        };
    }
}
