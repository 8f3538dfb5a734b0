package id.pengaduan.complaint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of attached files, in the database beside the complaint (every engine node
 * sees them), under the {@link Attachment#storageKey()} of their metadata.
 */
@Component
public class AttachmentContents {

	private final JdbcClient db;

	AttachmentContents(JdbcClient db) {
		this.db = db;
	}

	public void store(String storageKey, byte[] content, Instant now) {
		this.db.sql("insert into attachment_content (storage_key, content, stored_at) values (?, ?, ?)")
			.params(storageKey, content, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	public Optional<byte[]> content(String storageKey) {
		return this.db.sql("select content from attachment_content where storage_key = ?")
			.param(storageKey)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

}
