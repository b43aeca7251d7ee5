package kg.kozomol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KozomolApplication {

    public static void main(String[] args) {
        SpringApplication.run(KozomolApplication.class, args);
    }
}
