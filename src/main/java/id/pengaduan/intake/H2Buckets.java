package id.pengaduan.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's select-for-update protocol on the embedded H2 database, the same statements
 * as its PostgreSQL module except the insert: H2 has no {@code ON CONFLICT DO NOTHING},
 * so a duplicate key (another request created the row first) answers "not inserted", and
 * the protocol retries with the row locked. Bucket4j ships no H2 module (its MySQL module
 * would need H2's MySQL mode for the whole application).
 */
class H2Buckets extends AbstractSelectForUpdateBasedProxyManager<String> implements ExpiredEntriesCleaner {

	/** H2's error code for a duplicate key. */
	private static final int DUPLICATE_KEY = 23505;

	private final DataSource dataSource;

	private final String select;

	private final String insert;

	private final String update;

	private final String remove;

	private final String removeExpired;

	H2Buckets(DataSource dataSource, String table, ClientSideConfig config) {
		super(config);
		this.dataSource = dataSource;
		this.select = "select state from " + table + " where id = ? for update";
		this.insert = "insert into " + table + " (id, state) values (?, null)";
		this.update = "update " + table + " set state = ?, expires_at = ? where id = ?";
		this.remove = "delete from " + table + " where id = ?";
		this.removeExpired = "delete from " + table + " where expires_at < ? and id in (select id from " + table
				+ " where expires_at < ? limit ? for update)";
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		Connection connection;
		try {
			connection = this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new BucketExceptions.BucketExecutionException(ex);
		}
		return new SelectForUpdateBasedTransaction() {

			@Override
			public void begin(Optional<Long> requestTimeoutNanos) {
				run(() -> connection.setAutoCommit(false));
			}

			@Override
			public void rollback() {
				run(connection::rollback);
			}

			@Override
			public void commit(Optional<Long> requestTimeoutNanos) {
				run(connection::commit);
			}

			@Override
			public LockAndGetResult tryLockAndGet(Optional<Long> requestTimeoutNanos) {
				try (PreparedStatement statement = connection.prepareStatement(H2Buckets.this.select)) {
					applyTimeout(statement, requestTimeoutNanos);
					statement.setString(1, key);
					try (ResultSet row = statement.executeQuery()) {
						return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
					}
				}
				catch (SQLException ex) {
					throw new BucketExceptions.BucketExecutionException(ex);
				}
			}

			@Override
			public boolean tryInsertEmptyData(Optional<Long> requestTimeoutNanos) {
				try (PreparedStatement statement = connection.prepareStatement(H2Buckets.this.insert)) {
					applyTimeout(statement, requestTimeoutNanos);
					statement.setString(1, key);
					return statement.executeUpdate() > 0;
				}
				catch (SQLException ex) {
					if (ex.getErrorCode() == DUPLICATE_KEY) {
						return false;
					}
					throw new BucketExceptions.BucketExecutionException(ex);
				}
			}

			@Override
			public void update(byte[] data, RemoteBucketState state, Optional<Long> requestTimeoutNanos) {
				try (PreparedStatement statement = connection.prepareStatement(H2Buckets.this.update)) {
					applyTimeout(statement, requestTimeoutNanos);
					statement.setBytes(1, data);
					statement.setLong(2, expiresAt(state));
					statement.setString(3, key);
					statement.executeUpdate();
				}
				catch (SQLException ex) {
					throw new BucketExceptions.BucketExecutionException(ex);
				}
			}

			@Override
			public void release() {
				run(connection::close);
			}

			private void run(SqlStep step) {
				try {
					step.run();
				}
				catch (SQLException ex) {
					throw new BucketExceptions.BucketExecutionException(ex);
				}
			}

		};
	}

	/** As Bucket4j's own JDBC modules compute it: wall-clock milliseconds. */
	private long expiresAt(RemoteBucketState state) {
		long ttl = getClientSideConfig().getExpirationAfterWriteStrategy()
			.orElseThrow()
			.calculateTimeToLiveMillis(state, currentTimeNanos());
		return (ttl < 0) ? Long.MAX_VALUE : System.currentTimeMillis() + ttl;
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(this.remove)) {
			statement.setString(1, key);
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new BucketExceptions.BucketExecutionException(ex);
		}
	}

	@Override
	public int removeExpired(int batchSize) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(this.removeExpired)) {
			long now = System.currentTimeMillis();
			statement.setLong(1, now);
			statement.setLong(2, now);
			statement.setInt(3, batchSize);
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new BucketExceptions.BucketExecutionException(ex);
		}
	}

	private interface SqlStep {

		void run() throws SQLException;

	}

}
