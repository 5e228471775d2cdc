package lan

import (
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
)

// DefaultPort is the room's port when none is asked: tried first, then the
// next nine, then any free port.
const DefaultPort = 8427

// network is an interface of the machine and its IPv4 address, which the
// room's address advertises.
type network struct {
	name string
	ip   net.IP
}

func (n network) String() string { return n.name + " " + n.ip.String() }

// listen opens the room's listener on every interface (addr "" ) or on
// addr: on the port kept from the last run first, then on the port asked
// (DefaultPort and the next nine), then on any free port.
func listen(addr string, asked, kept int) (net.Listener, error) {
	var ports []int
	if kept > 0 {
		ports = append(ports, kept)
	}
	switch {
	case asked == DefaultPort:
		for p := DefaultPort; p < DefaultPort+10; p++ {
			ports = append(ports, p)
		}
	case asked > 0:
		ports = append(ports, asked)
	}
	ports = append(ports, 0)
	var errs []error
	for _, p := range ports {
		ln, err := net.Listen("tcp4", net.JoinHostPort(addr, strconv.Itoa(p)))
		if err == nil {
			return ln, nil
		}
		errs = append(errs, err)
	}
	return nil, fmt.Errorf("opening the room's port: %w", errors.Join(errs...))
}

// networks returns the machine's non-loopback IPv4 interfaces that are up,
// best first: a Wi-Fi or Ethernet card on a private network before a
// virtual bridge (docker, VirtualBox), which no phone reaches.
func networks() []network {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil
	}
	var out []network
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			if ip4 := ipn.IP.To4(); ip4 != nil && !ip4.IsLoopback() && !ip4.IsLinkLocalUnicast() {
				out = append(out, network{name: ifc.Name, ip: ip4})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b network) int { return rank(a) - rank(b) })
	return out
}

// rank orders networks: lower is more likely the one the phones are on.
func rank(n network) int {
	r := 0
	if !n.ip.IsPrivate() {
		r += 4
	}
	for _, virtual := range []string{"docker", "br-", "veth", "virbr", "vbox", "vmnet", "tun", "tap", "utun", "zt", "tailscale", "wg"} {
		if strings.HasPrefix(strings.ToLower(n.name), virtual) {
			r += 8
		}
	}
	for _, real := range []string{"wl", "wi-fi", "wifi", "en", "eth"} {
		if strings.HasPrefix(strings.ToLower(n.name), real) {
			r--
			break
		}
	}
	return r
}
