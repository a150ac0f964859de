package org.veripack.upload.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.service.security.CurrentCaller;
import org.veripack.upload.service.ProductService;

/** Products of the MAHs. */
@Path("/api/v1/products/{gtin}")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductService products;
    private final CurrentCaller caller;

    public ProductResource(ProductService products, CurrentCaller caller) {
        this.products = products;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("manufacturer")
    @Operation(summary = "Register (201) or update (200) a product of the caller's MAH")
    public Response register(@PathParam("gtin") String gtin, ProductRequest request) {
        ProductRequest body = request == null ? new ProductRequest(null, null) : request;
        ProductService.Registered registered = products.register(caller.scope(), gtin, body.name(), body.markets());
        return Response.status(registered.created() ? 201 : 200).entity(ProductView.of(registered.product())).build();
    }

    @GET
    @RolesAllowed({"manufacturer", "surveillance", "admin"})
    @Operation(summary = "A product: the MAH's own; surveillance and admin read all")
    public ProductView get(@PathParam("gtin") String gtin) {
        return ProductView.of(products.find(caller.scope(), gtin));
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("manufacturer")
    @Operation(summary = "Withdraw a product, for good: every pack of it verifies WITHDRAWN")
    public ProductView withdraw(@PathParam("gtin") String gtin, ReasonRequest request) {
        return ProductView.of(products.withdraw(caller.scope(), gtin, request == null ? null : request.reason()));
    }
}
