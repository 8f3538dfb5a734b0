package id.pengaduan.portal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Outside the demo the portal's questions must be signed with a key of the operator's
 * own, the same on every node: a key generated at start differs between nodes (a question
 * asked by one is refused by the other), and the demo's key is public (anyone could sign
 * his own questions and script complaints past the check).
 */
@Component
@ConditionalOnProperty(name = "pengaduan.demo.enabled", havingValue = "false", matchIfMissing = true)
class ChallengeSecretGuard implements InitializingBean {

	/** 256 bits of HMAC-SHA256 key, written as text. */
	static final int MIN_LENGTH = 32;

	private final PortalProperties properties;

	ChallengeSecretGuard(PortalProperties properties) {
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		String secret = this.properties.challengeSecret();
		if (PortalProperties.DEMO_SECRET.equals(secret) || secret.length() < MIN_LENGTH) {
			throw new IllegalStateException("Refusing to start outside the demo: set PENGADUAN_CHALLENGE_SECRET to one"
					+ " random value of at least " + MIN_LENGTH + " characters, the same on every node");
		}
	}

}
