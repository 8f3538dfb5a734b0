package id.pengaduan.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, after the transactions that wrote it committed, on every
 * node: each round takes a batch of due messages (a message is taken by one node only),
 * delivers them one by one and records the result. A failure waits for its back-off; the
 * last one leaves the message FAILED for a person to resend. Nothing here runs inside a
 * citizen's request, so a mail server that is down or slow never touches a submission.
 */
@Component
@EnableScheduling
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Outbox outbox;

	private final Map<ChannelName, NotificationChannel> channels = new EnumMap<>(ChannelName.class);

	private final Clock clock;

	OutboxSender(Outbox outbox, List<NotificationChannel> channels, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
		channels.forEach((channel) -> this.channels.put(channel.name(), channel));
	}

	/** One round; answers how many messages were delivered. */
	@Scheduled(cron = "${pengaduan.notification.send-cron:*/10 * * * * *}")
	int sendDue() {
		List<ChannelName> ready = this.channels.values()
			.stream()
			.filter(NotificationChannel::isReady)
			.map(NotificationChannel::name)
			.toList();
		int delivered = 0;
		for (Long id : this.outbox.claim(ready, this.clock.instant())) {
			Outbox.Delivery delivery = this.outbox.load(id).orElse(null);
			if (delivery == null) {
				continue;
			}
			try {
				this.channels.get(delivery.channel()).deliver(delivery);
				this.outbox.sent(id, this.clock.instant());
				delivered++;
			}
			catch (Exception ex) {
				// The exception's class and message, with any address blanked: SMTP
				// replies quote the recipient.
				String error = ex.getClass().getSimpleName() + ": "
						+ String.valueOf(ex.getMessage()).replaceAll("[^\\s<>\"]+@[^\\s<>\"]+", "***");
				log.warn("Notification {} ({}) attempt {} failed: {}", id, delivery.kind(), delivery.attempts(), error);
				this.outbox.failed(delivery, error, this.clock.instant());
			}
		}
		return delivered;
	}

}
