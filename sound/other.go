//go:build android || darwin || js || windows || nintendosdk || playstation5

package sound

// quietDeviceErrors does nothing where the sound device is not reached
// through ALSA: those systems do not print on stderr.
func quietDeviceErrors() {}
