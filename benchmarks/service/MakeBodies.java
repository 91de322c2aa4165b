import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.privacyscreen.image.SampleImages;

/**
 * Writes the request bodies of the service's load runs (benchmarks/README.md, "The service"): text.json, a
 * 276-character post naming two clients and a phone number; photo.json, a post with one generated 12 MP
 * (4000x3000) photo holding two faces and a QR code, embedded in base64; context.json, the practice they name.
 * Run with the command's jar and privacy-image's test fixtures (SampleImages) on the class path: {@code java -cp
 * examples/cli/target/privacy-screen.jar:privacy-image/target/privacy-image-0.1.0-SNAPSHOT-tests.jar MakeBodies.java}.
 */
public class MakeBodies {
    public static void main(String[] args) throws Exception {
        byte[] jpeg = SampleImages.scene(4000, 3000).face(2600, 700, 900).face(600, 900, 300)
                .qr(3300, 2200, 500, "PT-0042-77").jpeg();
        String b64 = Base64.getEncoder().encodeToString(jpeg);
        Files.writeString(Path.of("photo.json"), "{\"text\": \"Our new treatment room is open. Come and see us!\","
                + " \"channel\": \"instagram\", \"images\": [{\"name\": \"room.jpg\", \"data\": \"" + b64 + "\"}]}");
        String text = "Thank you to everyone who came to the open day at the clinic on Saturday. Tomasz Wren told us"
                + " the new hydrotherapy pool made all the difference after his knee surgery, and Maeve Adebayo can be"
                + " reached on 07911 123456 about the running club. Book online or call the front desk.";
        Files.writeString(Path.of("text.json"), "{\"text\": \"" + text + "\", \"channel\": \"instagram\","
                + " \"subjects\": [\"cl-2\"]}");
        Files.writeString(Path.of("context.json"), "{\"organisation\": {\"name\": \"Larch Lane Physio\","
                + " \"phones\": [\"0117 496 0000\"]}, \"clients\": [{\"id\": \"cl-1\", \"name\": \"Maeve Adebayo\"},"
                + " {\"id\": \"cl-2\", \"name\": \"Tomasz Wren\"}], \"staff\": [{\"id\": \"st-1\", \"name\": \"Ines"
                + " Galloway\"}], \"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-2\", \"status\": \"granted\","
                + " \"permissions\": [\"capture\", \"share\", \"name\"], \"channels\": [\"instagram\"],"
                + " \"evidence\": {\"kind\": \"written\", \"reference\": \"f-1\"}}]}");
        System.out.println("photo: " + jpeg.length + " bytes of JPEG; text: " + text.length() + " characters");
    }
}
