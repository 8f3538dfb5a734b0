package id.pengaduan.notification;

/**
 * A way a message leaves the outbox. A channel that is not ready (no mail server
 * configured) leaves its messages waiting in the outbox.
 */
interface NotificationChannel {

	ChannelName name();

	boolean isReady();

	/** Delivers or throws; the sender records the failure and retries later. */
	void deliver(Outbox.Delivery delivery) throws Exception;

}
