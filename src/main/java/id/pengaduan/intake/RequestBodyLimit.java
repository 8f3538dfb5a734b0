package id.pengaduan.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of a call to the citizen's API by the bytes actually read, so that a
 * chunked body without a length is held to it too; a declared length over the cap is
 * refused before a byte is read (a client sending {@code Expect: 100-continue} never
 * sends it). The API answers 413 (see {@link ApiProblems}).
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	/**
	 * The largest complaint is 8000 characters of description plus a few short fields;
	 * written as {@code \\uXXXX} escapes that is under 64 KB. Twice that is room enough.
	 */
	static final DataSize MAX = DataSize.ofKilobytes(128);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Limited(request), response);
	}

	/** Thrown while reading the body; Spring reports it as an unreadable message. */
	static class TooLargeException extends IOException {

		TooLargeException() {
			super("Request body larger than " + MAX);
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		Limited(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream(), getContentLengthLong());
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream body;

		private final long declared;

		private long read;

		Counting(ServletInputStream body, long declared) {
			this.body = body;
			this.declared = declared;
		}

		@Override
		public int read() throws IOException {
			check(0);
			int next = this.body.read();
			if (next >= 0) {
				check(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			check(0);
			int count = this.body.read(buffer, offset, length);
			if (count > 0) {
				check(count);
			}
			return count;
		}

		private void check(int count) throws TooLargeException {
			this.read += count;
			if (this.declared > MAX.toBytes() || this.read > MAX.toBytes()) {
				throw new TooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
