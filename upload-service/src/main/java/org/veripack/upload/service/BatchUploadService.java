package org.veripack.upload.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.Gs1Validation;

import org.veripack.core.rules.ProductState;

import org.veripack.core.upload.UploadReport;
import org.veripack.core.upload.UploadRules;
import org.veripack.upload.repository.UploadRepository;
import org.veripack.upload.config.UploadConfig;
import org.veripack.upload.repository.BatchRepository;
import org.veripack.upload.repository.Jdbc;
import org.veripack.upload.repository.ProductRepository;
import org.veripack.upload.repository.UploadRecord;
import org.veripack.upload.repository.UploadStaging;

/**
 * A batch upload from request to COMPLETED: the body is streamed line by line into a staging table (bounded
 * memory), the request as a whole is checked, then the packs are inserted in chunks of thousands of rows per
 * statement and written through to Redis ({@link UploadProcessor}).
 */
@ApplicationScoped
public class BatchUploadService {

    private static final Logger LOG = Logger.getLogger(BatchUploadService.class);

    private final AgroalDataSource dataSource;
    private final UploadProcessor processor;
    private final ProductRepository products;
    private final BatchRepository batches;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Duration staleAfter;

    public BatchUploadService(AgroalDataSource dataSource, UploadProcessor processor, ProductRepository products,
            BatchRepository batches, Clock clock, MeterRegistry meters, UploadConfig config) {
        this.dataSource = dataSource;
        this.processor = processor;
        this.products = products;
        this.batches = batches;
        this.clock = clock;
        this.meters = meters;
        this.staleAfter = config.staleAfter();
    }

    /** Who uploads: the MAH of the token and its subject. */
    public record Uploader(String mah, String actor) {
    }

    /** How the body gives its lines, and its header when the body holds it (JSON). */
    public interface Body {
        UploadBody.Header read(UploadBody.LineSink sink) throws IOException;
    }

    /** The upload's id and status; {@code replay} when an earlier upload with the same key was returned. */
    public record Result(UUID uploadId, String status, boolean replay) {
    }

    /**
     * @param knownHeader the header when it comes beside the body (CSV query parameters), checked before the
     *                    body is read; null when the body holds it
     */
    public Result upload(Uploader uploader, String idempotencyKey, UploadBody.Header knownHeader, Body body) {
        Timer.Sample timing = Timer.start(meters);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw Refusal.invalid("Idempotency-Key must be 1 to 200 characters");
        }
        try (Connection connection = dataSource.getConnection()) {
            UploadRepository registry = new UploadRepository(connection);
            if (knownHeader != null) {
                checkRequest(connection, uploader, knownHeader);
            }
            try (UploadStaging staging = new UploadStaging(connection)) {
                UploadReport report = new UploadReport();
                MessageDigest lines = sha256();
                UploadBody.Header header = body.read((line, serial) -> stage(staging, report, lines, line, serial));
                staging.finish();
                UploadBody.Header effective = knownHeader != null ? knownHeader : header;
                Checked checked = checkRequest(connection, uploader, effective);
                String contentSha256 = contentHash(checked, lines);
                Result start = startOrResume(registry, uploader, idempotencyKey, checked, contentSha256);
                if (start.replay()) {
                    return start;
                }
                processor.process(connection, staging, report, start.uploadId(), uploader, checked);
                meters.counter("veripack.upload.uploads", "status", "COMPLETED").increment();
                return new Result(start.uploadId(), "COMPLETED", false);
            }
        } catch (SQLException e) {
            meters.counter("veripack.upload.uploads", "status", "FAILED").increment();
            throw Jdbc.failure(e);
        } catch (IOException e) {
            throw Refusal.invalid("the body could not be read: " + e.getMessage());
        } finally {
            timing.stop(meters.timer("veripack.upload.processing"));
        }
    }

    /** The request as a whole, checked: GTIN-14, batch, expiry, product. */
    public record Checked(String gtin, String batch, Expiry expiry, ProductState product) {
    }

    private Checked checkRequest(Connection connection, Uploader uploader, UploadBody.Header header) throws SQLException {
        if (header.gtin() == null || header.batch() == null || header.expiry() == null) {
            throw Refusal.invalid("\"gtin\", \"batch\" and \"expiry\" (YYMMDD) are required: in the JSON "
                    + "body, or as query parameters of a text/csv upload");
        }
        String gtin = Gs1Validation.gtin14(header.gtin());
        ProductState product = products.find(connection, gtin, false).map(ProductRepository.Product::state).orElse(null);
        int year = LocalDate.now(clock).getYear();
        Optional<BatchRepository.StoredBatch> batch = product == null ? Optional.empty()
                : batches.find(connection, gtin, header.batch(), year);
        Expiry expiry = UploadRules.checkBatchUpload(product, uploader.mah(), header.batch(),
                batch.map(BatchRepository.StoredBatch::state).orElse(null), header.expiry(), clock);
        return new Checked(gtin, header.batch(), expiry, product);
    }

    private static void stage(UploadStaging staging, UploadReport report, MessageDigest lines, long line, String serial)
            throws IOException {
        report.received();
        lines.update((serial == null ? "\u0000" : serial).getBytes(StandardCharsets.UTF_8));
        lines.update((byte) '\n');
        String error = serial == null ? "the line is not a string" : UploadRules.lineError(serial);
        if (error != null) {
            report.invalid(line, serial, error);
            return;
        }
        try {
            staging.add(line, serial);
        } catch (SQLException e) {
            throw new IOException("staging failed: " + e.getMessage(), e);
        }
    }

    /**
     * An earlier upload to return (same key, completed: a replay) or a new or resumed upload to process. The same
     * key with other content, or an upload of it still in progress elsewhere, is refused with 409.
     */
    private Result startOrResume(UploadRepository registry, Uploader uploader, String key, Checked checked,
            String contentSha256) throws SQLException {
        Optional<UploadRecord> previous = key != null
                ? registry.uploadByKey(uploader.mah(), key)
                : registry.unfinishedUploadWithContent(uploader.mah(), contentSha256);
        if (previous.isPresent()) {
            UploadRecord earlier = previous.get();
            if (!contentSha256.equals(earlier.contentSha256())) {
                throw new Refusal(Reason.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                        + "' was used for an upload with other content; send new content with a new key");
            }
            if (earlier.isCompleted()) {
                return new Result(earlier.id(), earlier.status(), true);
            }
            if (!registry.resumeUpload(earlier.id(), staleAfter)) {
                throw inProgress();
            }
            LOG.infof("resuming upload %s", earlier.id());
            return new Result(earlier.id(), "PROCESSING", false);
        }
        UUID uploadId = UUID.randomUUID();
        if (!registry.createUpload(uploadId, uploader.mah(), checked.gtin(), checked.batch(),
                checked.expiry().text(), key, contentSha256, uploader.actor())) {
            throw inProgress();
        }
        return new Result(uploadId, "PROCESSING", false);
    }

    private static Refusal inProgress() {
        return new Refusal(Reason.UPLOAD_IN_PROGRESS, "this upload is being processed right now; ask GET /api/v1/uploads/{id} for its status");
    }

    private static String contentHash(Checked checked, MessageDigest lines) {
        MessageDigest content = sha256();
        content.update((checked.gtin() + "\n" + checked.batch() + "\n" + checked.expiry().text() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        content.update(lines.digest());
        return HexFormat.of().formatHex(content.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
