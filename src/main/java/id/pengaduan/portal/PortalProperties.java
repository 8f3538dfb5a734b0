package id.pengaduan.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the citizen portal, under {@code pengaduan.portal}.
 *
 * @param challengeSecret key that signs the form's arithmetic question
 * ({@code PENGADUAN_CHALLENGE_SECRET}), the same on every node so that a question one
 * node asked is checked by another; the demo and the tests use {@link #DEMO_SECRET},
 * anywhere else {@link ChallengeSecretGuard} refuses to start without a key of its own
 * @param attachmentMaxSize largest attached file
 * @param attachmentMaxCount most files per complaint
 * @param attachmentMaxPixels most pixels of an attached picture: a phone's 12 to 50
 * megapixel photo passes, a decompression bomb does not (decoding needs 4 bytes a pixel)
 * @param pageSize rows per page of the public list
 */
@ConfigurationProperties("pengaduan.portal")
record PortalProperties(String challengeSecret, @DefaultValue("5MB") DataSize attachmentMaxSize,
		@DefaultValue("3") int attachmentMaxCount, @DefaultValue("10") int pageSize,
		@DefaultValue("50000000") long attachmentMaxPixels) {

	/**
	 * The demo's and the tests' key: known to everyone, so only good where a forged
	 * question harms nobody.
	 */
	static final String DEMO_SECRET = "pengaduan-demo-only-challenge-secret-not-for-production";

	PortalProperties {
		if (challengeSecret == null || challengeSecret.isBlank()) {
			challengeSecret = DEMO_SECRET;
		}
	}

	@Override
	public String toString() {
		return "PortalProperties[challengeSecret=***, attachmentMaxSize=%s, attachmentMaxCount=%d]"
			.formatted(this.attachmentMaxSize, this.attachmentMaxCount);
	}

}
