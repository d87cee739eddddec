package org.framelens.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The one Jackson configuration of the project: records in, records out, absent optionals left out. */
public final class Json {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .serializationInclusion(JsonInclude.Include.NON_ABSENT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Json() {}

  /** Thread-safe once configured, as Jackson documents. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
