package org.veripack.schema;

/**
 * The migration step: {@code ./veripack migrate}, the Kubernetes migration Job, and the tests' set-up. Reads the
 * database from the environment:
 * <ul>
 *   <li>{@code VERIPACK_MIGRATE_JDBC_URL} (required), for example {@code jdbc:postgresql://db:5432/veripack};</li>
 *   <li>{@code VERIPACK_MIGRATE_USER} (default {@code postgres}) and {@code VERIPACK_MIGRATE_PASSWORD} (default empty).</li>
 * </ul>
 * Exits 0 when both schemas are at the newest version, 1 (with the reason) when they could not be migrated.
 */
public final class MigrateMain {

    private MigrateMain() {
    }

    public static void main(String[] args) {
        String url = System.getenv("VERIPACK_MIGRATE_JDBC_URL");
        if (url == null || url.isBlank()) {
            System.err.println("migrate: set VERIPACK_MIGRATE_JDBC_URL to the database, for example "
                    + "jdbc:postgresql://127.0.0.1:5432/veripack (and VERIPACK_MIGRATE_USER, VERIPACK_MIGRATE_PASSWORD)");
            System.exit(2);
        }
        String user = System.getenv().getOrDefault("VERIPACK_MIGRATE_USER", "postgres");
        String password = System.getenv().getOrDefault("VERIPACK_MIGRATE_PASSWORD", "");
        try {
            System.out.print(new SchemaMigrations(url, user, password).migrate());
        } catch (Exception e) {
            System.err.println("migrate: the schemas could not be migrated: " + e.getMessage());
            System.exit(1);
        }
    }
}
