package id.pengaduan.complaint;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Encrypts a personal-data column on its way to the database and decrypts it on its way
 * back. Hibernate gets it from Spring, with the application's keys.
 */
@Converter
class PersonalDataConverter implements AttributeConverter<String, String> {

	private final PersonalDataCipher cipher;

	PersonalDataConverter(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return this.cipher.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String column) {
		return this.cipher.decrypt(column);
	}

}
