package org.lyrae.webapp.uws;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lyrae.uws.JobContext;
import org.lyrae.webapp.http.DaliParams;

/**
 * A job's stored parameters and inline uploads, read as the DALI parameters they were sent as. The
 * file names the uploads were sent with are kept as the parameter {@link #FILE_NAMES} ({@code part:name}).
 */
public final class StoredParams implements DaliParams {
    /** Stored parameter of {@code part:file name} values, for services that name things by the files sent. */
    public static final String FILE_NAMES = "UPLOAD_FILENAME";

    /** Records, among the parameters a job will store, the file names its inline uploads were sent with. */
    public static void keepFileNames(org.lyrae.webapp.http.DaliRequest request, Map<String, List<String>> stored) {
        List<String> names = new java.util.ArrayList<>();
        for (String part : request.partNames()) {
            String file = request.part(part).fileName();
            if (file != null) names.add(part + ":" + file);
        }
        stored.remove(FILE_NAMES);
        if (!names.isEmpty()) stored.put(FILE_NAMES, names);
    }

    private final Map<String, List<String>> params;
    private final JobContext context;

    public StoredParams(JobContext context) {
        this.context = context;
        this.params = context.job().parameters();
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
            public String fileName() {
                for (String v : all(FILE_NAMES)) {
                    if (v.startsWith(name + ":")) return v.substring(name.length() + 1);
                }
                return null;
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
