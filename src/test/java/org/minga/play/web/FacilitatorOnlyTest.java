package org.minga.play.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What only the facilitator's machine may fetch (the QR code's images): requests from loopback or
 * from one of the machine's own addresses, as when its browser opens the LAN address the server
 * binds by default; never another machine's.
 */
class FacilitatorOnlyTest {
  @Test
  void loopbackAndTheMachinesOwnAddressesAreTheFacilitatorsOthersAreNot() throws Exception {
    assertTrue(SessionServer.thisMachine(InetAddress.getByName("127.0.0.1")));
    // 203.0.113.0/24 is reserved for documentation (RFC 5737): no machine has it.
    assertFalse(SessionServer.thisMachine(InetAddress.getByName("203.0.113.7")));
    Optional<InetAddress> own =
        Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
            .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
            .filter(a -> !a.isLoopbackAddress())
            .findFirst();
    assumeTrue(own.isPresent(), "this machine has no address but loopback");
    assertTrue(SessionServer.thisMachine(own.get()), own.get() + " is this machine's");
  }
}
