import warnings

import requests
import urllib3
from urllib3.exceptions import InsecureRequestWarning

# vetted-expect: py.tls.insecure-warning-suppressed
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
# vetted-expect: py.tls.insecure-warning-suppressed
requests.packages.urllib3.disable_warnings()
# vetted-expect: py.tls.insecure-warning-suppressed
warnings.filterwarnings("ignore", category=InsecureRequestWarning)
# vetted-expect: py.tls.insecure-warning-suppressed
warnings.simplefilter("ignore", category=urllib3.exceptions.InsecureRequestWarning)

# vetted-ok: py.tls.insecure-warning-suppressed
warnings.filterwarnings("ignore", category=DeprecationWarning)
# vetted-ok: py.tls.insecure-warning-suppressed
warnings.simplefilter("error", category=ResourceWarning)
# vetted-ok: py.tls.insecure-warning-suppressed
logging_note = "urllib3.disable_warnings() hides insecure requests"
# vetted-ok: py.tls.insecure-warning-suppressed
# urllib3.disable_warnings()
# vetted-ok: py.tls.insecure-warning-suppressed
resp = requests.get("https://example.com", timeout=10)
