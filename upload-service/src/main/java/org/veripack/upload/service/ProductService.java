package org.veripack.upload.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.rules.ProductStatus;

import org.veripack.core.upload.UploadRules;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.upload.repository.ProductEntity;

/** Product master data of the MAHs: registration, update, withdrawal. */
@ApplicationScoped
public class ProductService {

    @Inject
    PackCacheWriter cache;

    @Inject
    Clock clock;

    /** A registered product, and whether this request created it. */
    public record Registered(ProductEntity product, boolean created) {
    }

    public Uni<Registered> register(String mah, String gtinText, String name, List<String> markets) {
        String gtin = Gs1Validation.gtin14(gtinText);
        List<String> checkedMarkets = UploadRules.checkProductData(name, markets);
        return Panache.withTransaction(() -> ProductEntity.<ProductEntity>findById(gtin).flatMap(existing -> {
            UploadRules.checkMayRegister(existing == null ? null : existing.state(), mah);
            ProductEntity product = existing == null ? newProduct(gtin, mah) : existing;
            product.name = name;
            product.markets = checkedMarkets.toArray(String[]::new);
            product.updatedAt = clock.instant();
            return product.<ProductEntity>persistAndFlush().map(saved -> new Registered(saved, existing == null));
        })).call(registered -> cache.putMetaOrForget(gtin,
                cache.putProduct(gtin, new CachedProduct(ProductStatus.ACTIVE, mah))));
    }

    /** The product when the caller may read it: its MAH, or surveillance and admin (mah null). */
    public Uni<ProductEntity> find(String mahOrNullForAll, String gtinText) {
        String gtin = Gs1Validation.gtin14(gtinText);
        return Panache.withSession(() -> ProductEntity.<ProductEntity>findById(gtin)).map(product -> {
            if (product == null || (mahOrNullForAll != null && !product.mahId.equals(mahOrNullForAll))) {
                throw new Refusal(Reason.PRODUCT_NOT_FOUND, "no product " + gtin + " in your scope");
            }
            return product;
        });
    }

    public Uni<ProductEntity> withdraw(String mah, String gtinText, String reason) {
        String gtin = Gs1Validation.gtin14(gtinText);
        return Panache.withTransaction(() -> ProductEntity.<ProductEntity>findById(gtin).flatMap(product -> {
            UploadRules.checkWithdraw(product == null ? null : product.state(), mah, reason);
            product.status = ProductStatus.WITHDRAWN.name();
            product.withdrawnAt = clock.instant();
            product.withdrawReason = reason;
            product.updatedAt = product.withdrawnAt;
            return product.<ProductEntity>persistAndFlush();
        })).call(product -> cache.putMetaOrForget(gtin,
                cache.putProduct(gtin, new CachedProduct(ProductStatus.WITHDRAWN, mah))));
    }

    private ProductEntity newProduct(String gtin, String mah) {
        ProductEntity product = new ProductEntity();
        product.gtin = gtin;
        product.mahId = mah;
        product.status = ProductStatus.ACTIVE.name();
        product.createdAt = clock.instant();
        return product;
    }
}
