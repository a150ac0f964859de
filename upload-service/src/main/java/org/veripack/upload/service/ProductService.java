package org.veripack.upload.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.refusal.Reason;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.scope.Scope;
import org.veripack.core.upload.UploadRules;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.upload.repository.CacheSyncRows;
import org.veripack.upload.repository.DscsaPolicyRepository;
import org.veripack.upload.repository.Jdbc;
import org.veripack.upload.repository.ProductRepository;
import org.veripack.upload.repository.ProductRepository.Product;

/** Product master data of the MAHs: registration, update, withdrawal (written through to the cache). */
@ApplicationScoped
public class ProductService {

    static final Duration CACHE_WRITE_TIMEOUT = Duration.ofSeconds(5);

    private final Jdbc jdbc;
    private final ProductRepository products;
    private final CacheSyncRows cacheSync;
    private final PackCacheWriter cache;
    private final DscsaPolicyRepository policies;

    public ProductService(Jdbc jdbc, ProductRepository products, CacheSyncRows cacheSync, PackCacheWriter cache,
            DscsaPolicyRepository policies) {
        this.jdbc = jdbc;
        this.products = products;
        this.cacheSync = cacheSync;
        this.cache = cache;
        this.policies = policies;
    }

    /** A registered product, and whether this request created it. */
    public record Registered(Product product, boolean created) {
    }

    public Registered register(Scope scope, String gtinText, String name, List<String> markets) {
        String mah = scope.requireMah();
        String gtin = Gs1Validation.gtin14(gtinText);
        List<String> checkedMarkets = UploadRules.checkProductData(name, markets);
        record Registration(Registered registered, String policy) {
        }
        Registration registration = jdbc.inTransaction(connection -> {
            Product existing = products.find(connection, gtin, true).orElse(null);
            UploadRules.checkMayRegister(existing == null ? null : existing.state(), mah);
            // the MAH's DSCSA policy completes the product's cache entry; the shared lock keeps a concurrent policy
            // change from missing this product (see DscsaPolicyRepository.lock)
            policies.lock(connection, mah, false);
            String policy = policies.find(connection, mah).cached().encode();
            cacheSync.meta(connection, gtin, PackCacheLayout.dscsaPolicyField(), policy);
            return new Registration(new Registered(products.upsert(connection, gtin, mah, name, checkedMarkets),
                    existing == null), policy);
        });
        // warm: the first verifies of its packs find the product in the cache (a miss would read PostgreSQL)
        cache.putMetaOrForget(gtin, List.of(PackCacheLayout.productField(), new CachedProduct(ProductStatus.ACTIVE, mah).encode(),
                PackCacheLayout.dscsaPolicyField(), registration.policy())).await().atMost(CACHE_WRITE_TIMEOUT);
        return registration.registered();
    }

    /** The product when the caller's scope covers it (its MAH, surveillance, admin); else answered as unknown. */
    public Product find(Scope scope, String gtinText) {
        String gtin = Gs1Validation.gtin14(gtinText);
        Product product = jdbc.withConnection(connection -> products.find(connection, gtin, false)).orElse(null);
        if (product == null || !scope.coversProduct(product.mah())) {
            throw Scope.notInScope(Reason.PRODUCT_NOT_FOUND, "product");
        }
        return product;
    }

    /** Withdraws the product for good; every pack of it verifies WITHDRAWN at once, and after a crash within a second. */
    public Product withdraw(Scope scope, String gtinText, String reason) {
        String mah = scope.requireMah();
        String gtin = Gs1Validation.gtin14(gtinText);
        String entry = new CachedProduct(ProductStatus.WITHDRAWN, mah).encode();
        Product withdrawn = jdbc.inTransaction(connection -> {
            Product product = products.find(connection, gtin, true).orElse(null);
            UploadRules.checkWithdraw(product == null ? null : product.state(), mah, reason);
            cacheSync.meta(connection, gtin, PackCacheLayout.productField(), entry);
            return products.withdraw(connection, gtin, reason);
        });
        cache.putMetaOrForget(gtin, List.of(PackCacheLayout.productField(), entry)).await().atMost(CACHE_WRITE_TIMEOUT);
        return withdrawn;
    }
}
