package cards

// defaultZones score a spectrum guess by its distance from the target: within
// 5 earns 3 points, within 12 earns 2, within 20 earns 1.
var defaultZones = []int{5, 12, 20}

// readSpectrum reads a statement placed on a scale between two poles:
//
//	statement = "…"                   required
//	left = "Pas du tout d'accord"      required
//	right = "Tout à fait d'accord"     required
//	target = 70                        optional 0–100: teams guess it
//	zones = [5, 12, 20]                optional, with target, widening
func readSpectrum(t table, c *Card, d *Deck) {
	c.Text, _ = t.text("statement", true)
	c.Left, _ = t.text("left", true)
	c.Right, _ = t.text("right", true)
	if v, ok := t.get("target", false); ok {
		if n, isInt := v.(int64); !isInt {
			t.wrongType("target", typeInteger, v)
		} else if n < 0 || n > 100 {
			t.errorAt("target", msgTargetRange, n)
		} else {
			c.Target, c.HasTarget = int(n), true
		}
	}
	if _, ok := t.m["zones"]; !ok {
		if c.HasTarget {
			c.Zones = append([]int(nil), defaultZones...)
		}
		return
	}
	if _, ok := t.m["target"]; !ok {
		t.errorAt("zones", msgZonesWithoutTarget)
		return
	}
	zones, ok := t.integers("zones", false, 100)
	if !ok {
		return
	}
	if len(zones) > 5 {
		t.errorAt("zones", msgZonesCount, len(zones))
		return
	}
	for i, z := range zones {
		if z < 1 {
			t.errorAt("zones", msgZonesRange)
			return
		}
		if i > 0 && z <= zones[i-1] {
			t.errorAt("zones", msgZonesOrder)
			return
		}
	}
	c.Zones = zones
}
