package id.pengaduan.identity;

/**
 * A regional government work unit (SKPD/OPD), kept as a Camunda group of type
 * {@link Units#SKPD_GROUP_TYPE}.
 */
public record Skpd(String code, String name) {
}
