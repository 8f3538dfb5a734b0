package id.pengaduan.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing one PostgreSQL database start one after the other from the moment the
 * engine is built until the application is ready: the engine's administrator and Tasklist
 * filter, the process deployment, the demo's groups and users and every role group's
 * authorizations are each created by a check and an insert, which two nodes starting
 * together would both pass (a duplicate key stops a node, a second filter confuses the
 * Tasklist). A session-level advisory lock on a connection of its own does it; a node
 * that dies while starting drops its connection and with it the lock. An H2 file belongs
 * to one process and needs none. See docs/decisions/0014.
 */
@Component
class StartupLock implements ProcessEnginePlugin, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	/** Any number of our own; "pengaduan" in ASCII, so nobody else's lock is likely. */
	static final long KEY = 0x70656e67616475L;

	private final DataSource dataSource;

	private Connection held;

	StartupLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
		try {
			Connection connection = this.dataSource.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				connection.close();
				return;
			}
			connection.setAutoCommit(true);
			long waitedFrom = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_advisory_lock(" + KEY + ")");
			}
			this.held = connection;
			log.info("Start-up lock taken after {} ms", (System.nanoTime() - waitedFrom) / 1_000_000);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot take the start-up lock", ex);
		}
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
	}

	/** After every other ready listener: the role groups' grants are made under it. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	public void ready() {
		release();
	}

	@Override
	public void destroy() {
		release();
	}

	private synchronized void release() {
		if (this.held == null) {
			return;
		}
		try (Connection connection = this.held; Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			// Closing the connection releases the lock as well.
			log.warn("Start-up lock released by closing its connection: {}", ex.getMessage());
		}
		finally {
			this.held = null;
		}
	}

}
