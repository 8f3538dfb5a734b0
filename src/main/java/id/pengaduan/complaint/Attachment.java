package id.pengaduan.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Metadata of an attached file; the bytes are kept by the storage that {@code storageKey}
 * names.
 */
@Embeddable
public record Attachment(@Column(name = "file_name") String fileName, @Column(name = "media_type") String mediaType,
		@Column(name = "size_bytes") long sizeBytes, @Column(name = "sha256") String sha256,
		@Column(name = "storage_key") String storageKey) {
}
