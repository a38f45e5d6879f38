// Drives the official authing-node-sdk against the test server: the three calls FieldGen relies on.
// Prints one JSON line: { fields, set, data } or { error }.
const { ManagementClient } = require("authing-node-sdk");

const client = new ManagementClient({
  accessKeyId: process.env.GENAUTH_ACCESS_KEY_ID,
  accessKeySecret: process.env.GENAUTH_ACCESS_KEY_SECRET,
  host: process.env.GENAUTH_HOST,
});

async function main() {
  const fields = await client.getCustomFields({ targetType: "USER" });
  const set = await client.setCustomData({
    targetType: "USER",
    targetIdentifier: "u1",
    list: [
      { key: "school", value: process.env.SCHOOL || "pku" },
      { key: "age", value: Number(process.env.AGE || "18") },
    ],
  });
  const data = await client.getCustomData({ targetType: "USER", targetIdentifier: "u1" });
  return { fields, set, data };
}

main()
  .catch((e) => ({ error: e.response ? { status: e.response.status, body: e.response.data } : String(e) }))
  // Exit explicitly: keep-alive sockets must not hold the process open.
  .then((result) => process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(0)));
